package dev.lull.console;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;

import org.junit.jupiter.api.DisplayNameGeneration;
import org.junit.jupiter.api.DisplayNameGenerator;
import org.junit.jupiter.api.Test;

import dev.lull.platform.ApiProblem;
import dev.lull.schedule.Conflict;
import dev.lull.schedule.ConflictKind;
import dev.lull.schedule.Interval;

@DisplayNameGeneration(DisplayNameGenerator.ReplaceUnderscores.class)
class ConflictTableTest {
    static final ZoneId PARIS = ZoneId.of("Europe/Paris");
    static final Instant NINE = Instant.parse("2027-06-09T07:00:00Z");
    static final Interval WINDOW = Interval.of(NINE, Duration.ofHours(3));

    @Test
    void another_change_links_to_it_and_shows_only_the_overlap_in_the_viewers_zone() {
        Conflict busy = new Conflict(ConflictKind.HOST_BUSY, "change 42 (Patch) also takes down web-1",
                Conflict.details("changeId", 42L, "title", "Patch", "hosts", List.of("web-1"), "start",
                        NINE.minus(Duration.ofHours(1)), "end", NINE.plus(Duration.ofHours(1))));
        assertThat(ConflictTable.rows(List.of(busy), WINDOW, PARIS)).singleElement().satisfies(row -> {
            assertThat(row.kind()).isEqualTo("Other change");
            assertThat(row.with()).isEqualTo("change 42: Patch on web-1");
            assertThat(row.link()).isEqualTo("/changes/42");
            assertThat(row.period()).isEqualTo("Wed 9 Jun 09:00 CEST to Wed 9 Jun 10:00 CEST");
            assertThat(row.sentence()).isEqualTo(busy.message());
        });
    }

    @Test
    void a_blackout_links_to_its_week_in_the_calendar_and_a_cluster_shortfall_to_the_cluster() {
        Conflict blackout = new Conflict(ConflictKind.BLACKOUT, "the window overlaps blackout freeze",
                Conflict.details("blackout", "freeze", "hosts", List.of("web-1"), "start", NINE.plus(Duration
                        .ofHours(2)), "end", NINE.plus(Duration.ofDays(2))));
        Conflict shortfall = new Conflict(ConflictKind.MIN_AVAILABLE, "cluster web would have 1 of 3",
                Conflict.details("cluster", "web", "start", NINE, "end", NINE.plus(Duration.ofHours(1)), "available", 1,
                        "minAvailable", 2, "hostsDown", List.of("web-1", "web-2")));
        List<ConflictTable.Row> rows = ConflictTable.rows(List.of(blackout, shortfall), WINDOW, PARIS);
        assertThat(rows.get(0).kind()).isEqualTo("Blackout");
        assertThat(rows.get(0).link()).isEqualTo("/?week=2027-06-09&host=web-1");
        assertThat(rows.get(0).period()).isEqualTo("Wed 9 Jun 11:00 CEST to Wed 9 Jun 12:00 CEST");
        assertThat(rows.get(1).kind()).isEqualTo("Cluster minimum available");
        assertThat(rows.get(1).with()).isEqualTo("cluster web: 1 available, minimum 2; down: web-1, web-2");
        assertThat(rows.get(1).link()).isEqualTo("/clusters/web");
    }

    @Test
    void a_refusal_carries_its_conflicts_as_rows_and_other_problems_none() {
        Conflict soon = new Conflict(ConflictKind.TOO_SOON, "the window starts too soon",
                Conflict.details("start", NINE, "earliestStart", NINE.plus(Duration.ofHours(2)), "minimumNotice",
                        Duration.ofDays(2)));
        ApiProblem refused = ApiProblem.conflict("1 conflict(s)").with("conflicts", List.of(soon));
        assertThat(ConflictTable.of(refused, WINDOW, PARIS)).singleElement().satisfies(row -> {
            assertThat(row.kind()).isEqualTo("Minimum notice");
            assertThat(row.with()).contains("PT48H", "Wed 9 Jun 11:00 CEST");
            assertThat(row.link()).isNull();
        });
        assertThat(ConflictTable.of(ApiProblem.forbidden("no"), WINDOW, PARIS)).isEmpty();
    }
}
