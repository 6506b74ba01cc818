package dev.lull.change;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.DisplayNameGeneration;
import org.junit.jupiter.api.DisplayNameGenerator;
import org.junit.jupiter.api.Test;

import dev.lull.schedule.BlackoutWindow;
import dev.lull.schedule.BookedWork;
import dev.lull.schedule.BookingContext;
import dev.lull.schedule.ClusterLimit;
import dev.lull.schedule.Conflict;
import dev.lull.schedule.ConflictKind;
import dev.lull.schedule.Interval;
import dev.lull.schedule.MinimumNotice;

@DisplayNameGeneration(DisplayNameGenerator.ReplaceUnderscores.class)
class ConflictCheckTest {
    private static final Instant NOW = Instant.parse("2026-03-02T08:00:00Z");
    private static final Plan PLAN = Plan.of(new PlanStep("patch", "infrastructure-admin", Duration.ofHours(2)));
    private static final BookingContext EMPTY = new BookingContext(List.of(), List.of(), List.of());

    @Test
    void a_window_clear_of_everything_has_no_conflict() {
        assertThat(find(change(ChangeType.NORMAL, hours(49, 53), "bts-1"), EMPTY)).isEmpty();
    }

    @Test
    void a_window_overlapping_a_blackout_on_one_of_its_hosts_conflicts() {
        BookingContext schedule = snapshot(List.of(
                new BlackoutWindow("month-end", Set.of("bts-1", "bts-9"), hours(52, 60)),
                new BlackoutWindow("elsewhere", Set.of("bts-9"), hours(48, 60)),
                new BlackoutWindow("earlier", Set.of("bts-1"), hours(40, 49))), List.of(), List.of());
        List<Conflict> conflicts = find(change(ChangeType.NORMAL, hours(49, 53), "bts-1", "bts-2"), schedule);
        assertThat(conflicts).singleElement().satisfies(conflict -> {
            assertThat(conflict.kind()).isEqualTo(ConflictKind.BLACKOUT);
            assertThat(conflict.message()).startsWith("the window overlaps blackout month-end")
                    .endsWith("on bts-1");
            assertThat(conflict.details()).containsEntry("blackout", "month-end")
                    .containsEntry("hosts", List.of("bts-1"));
        });
    }

    @Test
    void an_emergency_overrides_a_blackout_only_with_a_reason() {
        BookingContext schedule = snapshot(List.of(new BlackoutWindow("freeze", Set.of("bts-1"), hours(0, 100))),
                List.of(), List.of());
        PlannedChange withoutReason = new PlannedChange(1, ChangeType.EMERGENCY, Set.of("bts-1"), hours(1, 3), PLAN,
                " ");
        assertThat(find(withoutReason, schedule)).singleElement().satisfies(conflict -> {
            assertThat(conflict.kind()).isEqualTo(ConflictKind.BLACKOUT);
            assertThat(conflict.message()).contains("may override it with a reason");
        });
        PlannedChange withReason = new PlannedChange(1, ChangeType.EMERGENCY, Set.of("bts-1"), hours(1, 3), PLAN,
                "switch fabric failing");
        assertThat(find(withReason, schedule)).isEmpty();
    }

    @Test
    void a_normal_change_cannot_override_a_blackout() {
        BookingContext schedule = snapshot(List.of(new BlackoutWindow("freeze", Set.of("bts-1"), hours(0, 100))),
                List.of(), List.of());
        PlannedChange normal = new PlannedChange(1, ChangeType.NORMAL, Set.of("bts-1"), hours(49, 53), PLAN,
                "please");
        assertThat(find(normal, schedule)).extracting(Conflict::kind).containsExactly(ConflictKind.BLACKOUT);
    }

    @Test
    void another_booked_change_overlapping_on_the_same_host_conflicts_but_the_change_itself_does_not() {
        BookingContext schedule = snapshot(List.of(), List.of(
                new BookedWork(7, "Patch", Set.of("bts-1"), hours(52, 54)),
                new BookedWork(8, "Patch", Set.of("bts-2"), hours(49, 53)),
                new BookedWork(9, "Patch", Set.of("bts-1"), hours(53, 55)),
                new BookedWork(1, "Patch", Set.of("bts-1"), hours(49, 53))), List.of());
        List<Conflict> conflicts = find(change(ChangeType.NORMAL, hours(49, 53), "bts-1"), schedule);
        assertThat(conflicts).singleElement().satisfies(conflict -> {
            assertThat(conflict.kind()).isEqualTo(ConflictKind.HOST_BUSY);
            assertThat(conflict.message()).startsWith("change 7 (Patch").endsWith("also takes down bts-1");
            assertThat(conflict.details()).containsEntry("changeId", 7L);
        });
    }

    @Test
    void a_cluster_falling_below_min_available_across_two_partially_overlapping_changes_conflicts_only_where_all_three_meet() {
        ClusterLimit mbox = new ClusterLimit("mbox", 2, Set.of("bts-1", "bts-2", "bts-3", "bts-4"));
        BookingContext schedule = snapshot(List.of(), List.of(
                new BookedWork(7, "Patch", Set.of("bts-1"), hours(50, 52)),
                new BookedWork(8, "Patch", Set.of("bts-2"), hours(51, 53))), List.of(mbox));
        List<Conflict> conflicts = find(change(ChangeType.NORMAL, hours(49, 54), "bts-3"), schedule);
        assertThat(conflicts).singleElement().satisfies(conflict -> {
            assertThat(conflict.kind()).isEqualTo(ConflictKind.MIN_AVAILABLE);
            assertThat(conflict.message()).isEqualTo("cluster mbox would have 1 of 4 hosts available (minimum 2)"
                    + " during 2026-03-04T11:00:00Z .. 2026-03-04T12:00:00Z; down: bts-1, bts-2, bts-3");
            assertThat(conflict.details()).containsEntry("cluster", "mbox").containsEntry("available", 1)
                    .containsEntry("minAvailable", 2).containsEntry("start", at(51)).containsEntry("end", at(52))
                    .containsEntry("hostsDown", List.of("bts-1", "bts-2", "bts-3"));
        });
    }

    @Test
    void a_cluster_already_short_without_the_change_is_not_its_conflict() {
        ClusterLimit mbox = new ClusterLimit("mbox", 2, Set.of("bts-1", "bts-2", "bts-3"));
        BookingContext schedule = snapshot(List.of(), List.of(
                new BookedWork(7, "Patch", Set.of("bts-1", "bts-2"), hours(40, 44))),
                List.of(mbox));
        assertThat(find(change(ChangeType.NORMAL, hours(49, 53), "bts-3"), schedule)).isEmpty();
    }

    @Test
    void a_change_taking_down_too_many_hosts_of_a_cluster_by_itself_conflicts() {
        ClusterLimit mbox = new ClusterLimit("mbox", 2, Set.of("bts-1", "bts-2", "bts-3"));
        List<Conflict> conflicts = find(change(ChangeType.NORMAL, hours(49, 53), "bts-1", "bts-2"),
                snapshot(List.of(), List.of(), List.of(mbox)));
        assertThat(conflicts).extracting(Conflict::kind).containsExactly(ConflictKind.MIN_AVAILABLE);
    }

    @Test
    void a_window_shorter_than_the_summed_step_durations_conflicts() {
        Plan plan = Plan.of(new PlanStep("stop", "it-operations", Duration.ofHours(1)),
                new PlanStep("migrate", "database-admin", Duration.ofHours(2)));
        PlannedChange change = new PlannedChange(1, ChangeType.NORMAL, Set.of("bts-1"), hours(49, 51), plan, null);
        assertThat(find(change, EMPTY)).singleElement().satisfies(conflict -> {
            assertThat(conflict.kind()).isEqualTo(ConflictKind.WINDOW_TOO_SHORT);
            assertThat(conflict.message()).isEqualTo("the window lasts PT2H, shorter than the plan's PT3H");
        });
    }

    @Test
    void a_window_sooner_than_the_minimum_notice_of_its_type_conflicts() {
        PlannedChange normal = change(ChangeType.NORMAL, hours(10, 14), "bts-1");
        assertThat(find(normal, EMPTY)).singleElement().satisfies(conflict -> {
            assertThat(conflict.kind()).isEqualTo(ConflictKind.TOO_SOON);
            assertThat(conflict.details()).containsEntry("earliestStart", at(24))
                    .containsEntry("minimumNotice", Duration.ofHours(24));
        });
        assertThat(find(change(ChangeType.STANDARD, hours(10, 14), "bts-1"), EMPTY)).isEmpty();
        assertThat(find(change(ChangeType.STANDARD, hours(0, 4), "bts-1"), EMPTY))
                .extracting(Conflict::kind).containsExactly(ConflictKind.TOO_SOON);
    }

    @Test
    void an_emergency_may_use_a_window_that_is_already_open() {
        assertThat(find(change(ChangeType.EMERGENCY, hours(-1, 3), "bts-1"), EMPTY)).isEmpty();
    }

    @Test
    void the_minimum_notice_is_configurable() {
        MinimumNotice strict = new MinimumNotice(Duration.ofDays(3), Duration.ofHours(1), Duration.ZERO);
        List<Conflict> conflicts = ConflictCheck.find(change(ChangeType.NORMAL, hours(49, 53), "bts-1"), EMPTY, NOW,
                strict);
        assertThat(conflicts).extracting(Conflict::kind).containsExactly(ConflictKind.TOO_SOON);
    }

    @Test
    void a_window_already_over_is_in_the_past() {
        assertThat(find(change(ChangeType.EMERGENCY, hours(-5, -2), "bts-1"), EMPTY)).singleElement()
                .satisfies(conflict -> {
                    assertThat(conflict.kind()).isEqualTo(ConflictKind.IN_PAST);
                    assertThat(conflict.details()).containsEntry("end", at(-2)).containsEntry("now", NOW);
                });
    }

    @Test
    void every_conflict_is_reported_at_once() {
        ClusterLimit mbox = new ClusterLimit("mbox", 1, Set.of("bts-1"));
        BookingContext schedule = snapshot(List.of(new BlackoutWindow("freeze", Set.of("bts-1"), hours(0, 10))),
                List.of(new BookedWork(7, "Patch", Set.of("bts-1"), hours(2, 4))), List.of(mbox));
        PlannedChange change = new PlannedChange(1, ChangeType.NORMAL, Set.of("bts-1"), hours(1, 2),
                Plan.of(new PlanStep("long", "it-operations", Duration.ofHours(3))), null);
        assertThat(find(change, schedule)).extracting(Conflict::kind).containsExactly(ConflictKind.WINDOW_TOO_SHORT,
                ConflictKind.TOO_SOON, ConflictKind.BLACKOUT, ConflictKind.MIN_AVAILABLE);
    }

    private static List<Conflict> find(PlannedChange change, BookingContext schedule) {
        return ConflictCheck.find(change, schedule, NOW, MinimumNotice.DEFAULTS);
    }

    private static PlannedChange change(ChangeType type, Interval window, String... hosts) {
        return new PlannedChange(1, type, Set.of(hosts), window, PLAN, null);
    }

    private static BookingContext snapshot(List<BlackoutWindow> blackouts, List<BookedWork> booked,
            List<ClusterLimit> clusters) {
        return new BookingContext(blackouts, booked, clusters);
    }

    private static Interval hours(int from, int to) {
        return new Interval(at(from), at(to));
    }

    private static Instant at(int hoursFromNow) {
        return NOW.plus(Duration.ofHours(hoursFromNow));
    }
}
