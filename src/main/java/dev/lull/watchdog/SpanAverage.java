package dev.lull.watchdog;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.function.Function;

/**
 * Averages of bins over a span ending at an instant: the live rate and the band over the bins that hold data, and
 * the band rescaled to the host's own level in the hour before the span.
 */
final class SpanAverage {
    /** The stretch before the span whose load sets the host's own level. */
    static final Duration REFERENCE = Duration.ofHours(1);
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
            return new HostFigures(host.host(), end, null, null, null, null, null, null, null, last);
        }
        double live = perHour(bins, step);
        double expected = mean(bins, step, host.band()::expected);
        double p90 = Math.max(expected, mean(bins, step, host.band()::p90));
        double ratio = expected > 0 ? live / expected : Double.NaN;
        Double level = level(host, end.minus(policy.span()), step);
        Double levelExpected = level == null ? null : level * expected;
        Double levelLimit = level == null ? null : policy.limit(levelExpected, levelExpected);
        return new HostFigures(host.host(), end, live, expected, p90, policy.limit(expected, p90), levelExpected,
                levelLimit,
                Double.isNaN(ratio) ? null : ratio, last);
    }

    /**
     * The host's own level in the {@link #REFERENCE} before the span: its load ÷ the forecast's expected load there,
     * null with under half of that hour known or nothing expected.
     */
    static Double level(HostLoad host, Instant spanStart, Duration step) {
        List<Bin> reference = within(host.bins(), spanStart, REFERENCE);
        if (reference.size() * step.toSeconds() * 2 < REFERENCE.toSeconds()) {
            return null;
        }
        double expected = mean(reference, step, host.band()::expected);
        return expected > 0 ? perHour(reference, step) / expected : null;
    }

    private static double mean(List<Bin> bins, Duration step, Function<Instant, Double> rate) {
        Duration half = step.dividedBy(2);
        return bins.stream().mapToDouble(b -> rate.apply(b.at().plus(half))).average().orElse(0);
    }
}
