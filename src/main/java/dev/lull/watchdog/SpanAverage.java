package dev.lull.watchdog;

import java.time.Duration;
import java.time.Instant;
import java.util.List;

/** Averages of bins over a span ending at an instant: the live rate and the band over the bins that hold data. */
final class SpanAverage {
    private static final double HOUR_SECONDS = 3600;

    private SpanAverage() {
    }

    /** The bins starting in [end − span, end). */
    static List<Bin> within(List<Bin> bins, Instant end, Duration span) {
        Instant start = end.minus(span);
        return bins.stream().filter(b -> !b.at().isBefore(start) && b.at().isBefore(end)).toList();
    }

    /** Messages per hour over the bins, each covering {@code step}; NaN without bins. */
    static double perHour(List<Bin> bins, Duration step) {
        if (bins.isEmpty()) {
            return Double.NaN;
        }
        double messages = bins.stream().mapToDouble(Bin::messages).sum();
        return messages / (bins.size() * step.toSeconds()) * HOUR_SECONDS;
    }

    /** The figures of a host over the span ending at {@code end}. */
    static HostFigures figures(HostLoad host, Instant end, Duration step, WatchPolicy policy) {
        List<Bin> bins = within(host.bins(), end, policy.span());
        Instant last = host.bins().isEmpty() ? null : host.bins().get(host.bins().size() - 1).at().plus(step);
        if (bins.isEmpty()) {
            return new HostFigures(host.host(), end, null, null, null, null, null, last);
        }
        double live = perHour(bins, step);
        Duration half = step.dividedBy(2);
        double expected = bins.stream().mapToDouble(b -> host.band().expected(b.at().plus(half))).average().orElse(0);
        double p90 = bins.stream().mapToDouble(b -> host.band().p90(b.at().plus(half))).average().orElse(0);
        double ratio = expected > 0 ? live / expected : Double.NaN;
        return new HostFigures(host.host(), end, live, expected, Math.max(p90, expected),
                policy.limit(expected, Math.max(p90, expected)), Double.isNaN(ratio) ? null : ratio, last);
    }
}
