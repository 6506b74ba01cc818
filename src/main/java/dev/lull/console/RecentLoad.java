package dev.lull.console;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.EnumSet;
import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;

import dev.lull.change.ChangeListing;
import dev.lull.change.ChangeStatus;
import dev.lull.change.ChangeSummary;
import dev.lull.inventory.Host;
import dev.lull.load.LoadChart;
import dev.lull.load.LoadQueries;

/**
 * The load chart of the host and cluster pages: always the last 7 whole days of hours up to now (the page fixes the
 * range, nothing a request sends), the expected band from the cached profiles and the change windows that touched it.
 */
@ApplicationScoped
public class RecentLoad {
    static final Duration SPAN = Duration.ofDays(7);
    /** The most change windows marked on one chart. */
    static final int MARKS = 50;
    private static final EnumSet<ChangeStatus> DONE_OR_BOOKED = EnumSet.of(ChangeStatus.SCHEDULED,
            ChangeStatus.IMPLEMENT, ChangeStatus.REVIEW, ChangeStatus.CLOSED);
    private final LoadQueries queries;
    private final ExpectedLoad expected;
    private final ChangeListing changes;
    private final Clock clock;

    RecentLoad(LoadQueries queries, ExpectedLoad expected, ChangeListing changes, Clock clock) {
        this.queries = queries;
        this.expected = expected;
        this.changes = changes;
        this.clock = clock;
    }

    /** The chart of these hosts together, hours read in {@code zone}; {@code cluster} narrows the changes marked. */
    LoadChart chart(String subject, List<Host> hosts, ZoneId zone, String cluster, Viewer viewer) {
        Instant to = clock.instant().truncatedTo(ChronoUnit.HOURS);
        Instant from = to.minus(SPAN);
        var series = hosts.stream().map(h -> queries.series(h.id, h.zone(), from, to, Duration.ofHours(1))).toList();
        var profiles = hosts.stream().map(expected::profile).toList();
        String host = cluster == null && hosts.size() == 1 ? hosts.get(0).name : null;
        var criteria = new ChangeListing.Criteria(DONE_OR_BOOKED, host, cluster, null, null, null, null, from, to,
                null);
        List<LoadChart.Mark> marks = changes.list(criteria, 0, MARKS, viewer.caller()).items().stream()
                .map(RecentLoad::mark).toList();
        return LoadChart.of(subject, zone, from, to, series, profiles, marks);
    }

    private static LoadChart.Mark mark(ChangeSummary change) {
        return new LoadChart.Mark(change.window().start(), change.window().end(),
                "change " + change.id() + " · " + change.title() + " · " + change.status(), "/changes/" + change.id());
    }
}
