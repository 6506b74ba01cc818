package dev.lull.schedule;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.DisplayNameGeneration;
import org.junit.jupiter.api.DisplayNameGenerator;
import org.junit.jupiter.api.Test;

@DisplayNameGeneration(DisplayNameGenerator.ReplaceUnderscores.class)
class BookingRulesTest {
    private static final Instant NOW = Instant.parse("2026-12-28T08:00:00Z");
    private static final ClusterLimit MBOX = new ClusterLimit("mbox", 2, Set.of("a", "b", "c"));

    @Test
    void a_proposed_window_keeps_the_longest_planned_notice() {
        MinimumNotice notice = new MinimumNotice(Duration.ofHours(2), Duration.ofHours(6), Duration.ZERO);
        Booking proposed = Booking.proposed(Set.of("a"), hours(3, 5), notice);
        assertThat(BookingRules.find(proposed, BookingContext.EMPTY, NOW)).singleElement()
                .satisfies(conflict -> {
                    assertThat(conflict.kind()).isEqualTo(ConflictKind.TOO_SOON);
                    assertThat(conflict.details()).containsEntry("minimumNotice", Duration.ofHours(6));
                });
        assertThat(BookingRules.find(Booking.proposed(Set.of("a"), hours(6, 8), notice), BookingContext.EMPTY, NOW))
                .isEmpty();
    }

    @Test
    void the_change_being_moved_does_not_conflict_with_its_own_booked_window() {
        BookingContext context = new BookingContext(List.of(),
                List.of(new BookedWork(7, "Patch a", Set.of("a"), hours(30, 32))), List.of(MBOX));
        Booking moved = new Booking(7, Set.of("a"), hours(31, 33), "NORMAL", Duration.ofHours(24), false, "");
        assertThat(BookingRules.find(moved, context, NOW)).isEmpty();
        Booking other = new Booking(8, Set.of("a"), hours(31, 33), "NORMAL", Duration.ofHours(24), false, "");
        assertThat(BookingRules.find(other, context, NOW)).extracting(Conflict::kind)
                .containsExactly(ConflictKind.HOST_BUSY);
    }

    @Test
    void a_cluster_is_full_for_a_host_while_its_other_members_use_up_the_room_above_min_available() {
        BookingContext context = new BookingContext(List.of(),
                List.of(new BookedWork(7, "Patch b", Set.of("b"), hours(30, 34))), List.of(MBOX));
        assertThat(BookingRules.clusterFull("a", context, hours(24, 48))).containsExactly(hours(30, 34));
        assertThat(BookingRules.clusterFull("b", context, hours(24, 48))).isEmpty();
        assertThat(BookingRules.clusterFull("z", context, hours(24, 48))).isEmpty();
    }

    @Test
    void a_context_within_a_period_keeps_what_overlaps_it_and_finds_the_same_conflicts_there() {
        BookingContext horizon = new BookingContext(
                List.of(new BlackoutWindow("audit", Set.of("a"), hours(40, 44)),
                        new BlackoutWindow("later", Set.of("a"), hours(200, 204))),
                List.of(new BookedWork(7, "Patch b", Set.of("b"), hours(30, 34)),
                        new BookedWork(8, "Patch c", Set.of("c"), hours(100, 102))),
                List.of(MBOX));
        Interval period = hours(24, 48);
        BookingContext within = horizon.within(period);
        assertThat(within.blackouts()).extracting(BlackoutWindow::name).containsExactly("audit");
        assertThat(within.booked()).extracting(BookedWork::changeId).containsExactly(7L);
        assertThat(within.clusters()).containsExactly(MBOX);
        assertThat(BookingRules.clusterFull("a", within, period))
                .isEqualTo(BookingRules.clusterFull("a", horizon, period).stream()
                        .filter(full -> full.overlaps(period)).toList());
        for (int start = 24; start < 46; start++) {
            Booking proposed = Booking.proposed(Set.of("a"), hours(start, start + 2), MinimumNotice.DEFAULTS);
            assertThat(BookingRules.find(proposed, within, NOW)).isEqualTo(BookingRules.find(proposed, horizon, NOW));
        }
    }

    @Test
    void a_cluster_that_can_never_spare_a_host_is_full_all_along() {
        BookingContext context = new BookingContext(List.of(), List.of(),
                List.of(new ClusterLimit("bts", 1, Set.of("bts-1"))));
        assertThat(BookingRules.clusterFull("bts-1", context, hours(24, 48))).containsExactly(hours(24, 48));
        assertThat(BookingRules.find(Booking.proposed(Set.of("bts-1"), hours(30, 32), MinimumNotice.DEFAULTS),
                context, NOW)).extracting(Conflict::kind).containsExactly(ConflictKind.MIN_AVAILABLE);
    }

    @Test
    void only_budgets_the_window_would_breach_are_conflicts() {
        Interval period = hours(-700, 32);
        BudgetImpact fine = BudgetImpact.of("HOST", "a", 0.99, period, Duration.ofHours(2), Duration.ofHours(3),
                0.995, false);
        BudgetImpact breach = BudgetImpact.of("CLUSTER", "mbox", 0.999, period, Duration.ofHours(2),
                Duration.ofMinutes(-30), 0.998, true);
        assertThat(BookingRules.overBudget(List.of(fine, breach))).singleElement().satisfies(conflict -> {
            assertThat(conflict.kind()).isEqualTo(ConflictKind.DOWNTIME_BUDGET);
            assertThat(conflict.message()).startsWith("cluster mbox would reach 99.800% availability");
            assertThat(conflict.details()).containsEntry("cluster", "mbox");
        });
    }

    @Test
    void a_blackout_is_a_conflict_unless_the_booking_overrides_it() {
        BookingContext context = new BookingContext(List.of(new BlackoutWindow("new year", Set.of("a"),
                hours(80, 120))), List.of(), List.of());
        Booking normal = Booking.proposed(Set.of("a"), hours(100, 102), MinimumNotice.DEFAULTS);
        assertThat(BookingRules.find(normal, context, NOW)).extracting(Conflict::kind)
                .containsExactly(ConflictKind.BLACKOUT);
        Booking override = new Booking(1, Set.of("a"), hours(100, 102), "EMERGENCY", Duration.ZERO, true, "");
        assertThat(BookingRules.find(override, context, NOW)).isEmpty();
    }

    private static Interval hours(int from, int to) {
        return new Interval(NOW.plus(Duration.ofHours(from)), NOW.plus(Duration.ofHours(to)));
    }
}
