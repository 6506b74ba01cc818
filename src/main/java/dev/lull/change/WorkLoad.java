package dev.lull.change;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.stream.Stream;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import dev.lull.platform.ApiProblem;
import dev.lull.schedule.Interval;

/**
 * Expected against observed load of a change's hosts while its work ran (so far, while it runs), host by host, by the
 * rule its review uses ({@link ObservedLoad}): observed messages in the window, expected the mean of the same window
 * in earlier weeks.
 */
@ApplicationScoped
@Transactional(Transactional.TxType.SUPPORTS)
public class WorkLoad {
    private final Clock clock;
    private final ObservedLoad load;
    private final ChangeConfig config;

    WorkLoad(Clock clock, ObservedLoad load, ChangeConfig config) {
        this.clock = clock;
        this.load = load;
        this.config = config;
    }

    /** The comparison once the change's work has started; empty before, or when it has not run for a moment yet. */
    public Optional<Comparison> of(long id) {
        ChangeRequest change = ChangeRequest.<ChangeRequest>findByIdOptional(id)
                .orElseThrow(() -> ApiProblem.notFound("no change with id " + id));
        if (change.actualStart == null) {
            return Optional.empty();
        }
        boolean running = change.actualEnd == null;
        Instant end = running ? Instant.now(clock) : change.actualEnd;
        if (!end.isAfter(change.actualStart)) {
            return Optional.empty();
        }
        Interval worked = new Interval(change.actualStart, end);
        List<HostLoad> hosts = new ArrayList<>();
        for (String host : change.hosts.stream().sorted().toList()) {
            var parts = load.compare(List.of(host), worked);
            hosts.add(new HostLoad(host, parts.expected(), parts.observed()));
        }
        return Optional.of(new Comparison(worked, running, config.reviewWeeks(), hosts));
    }

    /** The window the work ran in, whether it still runs, how many earlier weeks the expectation averages. */
    public record Comparison(Interval worked, boolean running, int weeks, List<HostLoad> hosts) {
        /** Whether any host has observed load in the window. */
        public boolean observed() {
            return hosts.stream().anyMatch(h -> h.observed() != null);
        }

        /** The largest number of the table, for scaling its bars; at least 1. */
        public double scale() {
            return Math.max(1, hosts.stream().flatMap(h -> Stream.of(h.expected(), h.observed()))
                    .filter(Objects::nonNull).mapToDouble(Double::doubleValue).max().orElse(1));
        }
    }

    /** A host's expected and observed messages in the window, each null without history. */
    public record HostLoad(String host, Double expected, Double observed) {
    }
}
