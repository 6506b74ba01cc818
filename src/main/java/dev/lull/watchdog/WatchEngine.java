package dev.lull.watchdog;

import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

import dev.lull.availability.ThresholdRule;

/**
 * Decides the watch of one open window, in plain Java: ALARM when a host's load averaged over the span lies above
 * {@code max(p90 × factor, expected + floor)} — the forecast rescaled to the host's level (the lower of its load ÷ the
 * forecast's in the half hour before the window opened and in the half hour before the span), where p90 is that
 * expected load, or the forecast as it is when no level is known — or the cluster's load above the survivors'
 * capacity threshold; back to QUIET only after {@code calm} with every span below; UNKNOWN when a host sent nothing
 * for {@code staleAfter}.
 */
public final class WatchEngine {
    private static final DateTimeFormatter CLOCK = DateTimeFormatter.ofPattern("HH:mm 'UTC'").withZone(ZoneOffset.UTC);

    private WatchEngine() {
    }

    /** The state now, its reason and figures, given the previous state. */
    public static Verdict decide(WatchInput in) {
        Instant end = evaluationEnd(in);
        List<HostFigures> figures = in.hosts().stream()
                .map(h -> SpanAverage.figures(h, end, in.step(), in.policy())).toList();
        Verdict.CapacityFigures capacity = capacity(in, end, in.policy().span());
        Optional<HostFigures> worst = figures.stream().filter(HostFigures::above)
                .max(Comparator.comparing(WatchEngine::excess));
        if (worst.isPresent()) {
            return new Verdict(WatchState.ALARM, alarmReason(worst.get(), in.policy().span()), figures, capacity);
        }
        if (capacityExceeded(in, end)) {
            return new Verdict(WatchState.ALARM, capacityReason(capacity, in.policy().span()), figures, capacity);
        }
        List<String> stale = stale(in, figures);
        if (!stale.isEmpty()) {
            return new Verdict(WatchState.UNKNOWN, String.join("; ", stale), figures, capacity);
        }
        if (in.previous() == WatchState.ALARM && !calm(in, end)) {
            return new Verdict(WatchState.ALARM, "not calm yet: every span must stay below the band for "
                    + minutes(in.policy().calm()), figures, capacity);
        }
        String reason = in.previous() == WatchState.ALARM
                ? "calm again: every host below its band for " + minutes(in.policy().calm())
                : "every host within its expected band";
        return new Verdict(WatchState.QUIET, reason, figures, capacity);
    }

    /** The end of the last step with data on any host, or now; never after now. */
    private static Instant evaluationEnd(WatchInput in) {
        Instant latest = in.hosts().stream().flatMap(h -> h.bins().stream()).map(b -> b.at().plus(in.step()))
                .max(Instant::compareTo).orElse(in.now());
        return latest.isAfter(in.now()) ? in.now() : latest;
    }

    /** The cluster whose survivors are nearest their threshold (share of it), null when none can be judged. */
    private static Verdict.CapacityFigures capacity(WatchInput in, Instant end, Duration span) {
        Verdict.CapacityFigures worst = null;
        for (Survivors survivors : in.survivors()) {
            double perHour = SpanAverage.perHour(SpanAverage.within(survivors.clusterBins(), end, span), in.step());
            if (Double.isNaN(perHour)) {
                continue;
            }
            double perMinute = perHour / 60;
            Verdict.CapacityFigures figures = new Verdict.CapacityFigures(survivors.cluster(), perMinute,
                    survivors.capacityPerMinute(), ThresholdRule.ratio(perMinute, survivors.capacityPerMinute()),
                    survivors.threshold());
            if (worst == null || figures.ratio() / figures.threshold() > worst.ratio() / worst.threshold()) {
                worst = figures;
            }
        }
        return worst;
    }

    private static boolean capacityExceeded(WatchInput in, Instant end) {
        Verdict.CapacityFigures figures = capacity(in, end, in.policy().span());
        return figures != null && ThresholdRule.exceeds(figures.loadPerMinute(), figures.capacityPerMinute(),
                figures.threshold());
    }

    /** Every span ending at a step within the last {@code calm} lies below the band, and the alarm is that old. */
    private static boolean calm(WatchInput in, Instant end) {
        Duration calm = in.policy().calm();
        if (in.previousSince() != null && Duration.between(in.previousSince(), end).compareTo(calm) < 0) {
            return false;
        }
        for (Instant at = end; at.isAfter(end.minus(calm)); at = at.minus(in.step())) {
            Instant spanEnd = at;
            boolean above = in.hosts().stream()
                    .map(h -> SpanAverage.figures(h, spanEnd, in.step(), in.policy())).anyMatch(HostFigures::above);
            if (above || capacityExceeded(in, spanEnd)) {
                return false;
            }
        }
        return true;
    }

    private static List<String> stale(WatchInput in, List<HostFigures> figures) {
        List<String> stale = new ArrayList<>();
        for (HostFigures host : figures) {
            Instant last = host.lastData() == null || host.lastData().isBefore(in.openedAt())
                    ? in.openedAt()
                    : host.lastData();
            if (Duration.between(last, in.now()).compareTo(in.policy().staleAfter()) >= 0) {
                stale.add(host.host() + ": no load data " + (host.lastData() == null
                        ? "since the window opened"
                        : "since " + CLOCK.format(host.lastData())) + " (over "
                        + minutes(in.policy().staleAfter()) + ")");
            }
        }
        return stale;
    }

    /** How far above its limit a host's load lies. */
    private static double excess(HostFigures host) {
        return host.livePerHour() / host.limitPerHour();
    }

    private static String alarmReason(HostFigures host, Duration span) {
        String over = " over the last " + minutes(span);
        if (host.ratio() != null && host.level() != null) {
            return String.format(Locale.ROOT, "%s: %.1f× the expected load at its own level (%.2f× "
                    + "the forecast)%s", host.host(), host.ratio(), host.level(), over);
        }
        if (host.ratio() == null) {
            return String.format(Locale.ROOT, "%s: %.0f messages per hour, none expected%s", host.host(),
                    host.livePerHour(), over);
        }
        return String.format(Locale.ROOT, "%s: %.1f× the expected load%s", host.host(), host.ratio(), over);
    }

    private static String capacityReason(Verdict.CapacityFigures capacity, Duration span) {
        return String.format(Locale.ROOT, "cluster %s: the hosts left up carry %.0f %% of their capacity over the "
                + "last %s (threshold %.0f %%)", capacity.cluster(), capacity.ratio() * 100, minutes(span),
                capacity.threshold() * 100);
    }

    static String minutes(Duration duration) {
        return duration.toMinutes() + " min";
    }
}
