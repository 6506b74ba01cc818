package dev.lull.watchdog;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.function.Function;

/**
 * Averages of bins over a span ending at an instant: the live rate and the band over the bins that hold data; and a
 * host's level, from the half hour before its window opened or before the span.
 */
final class SpanAverage {
    /** The stretch before the window, and before each span, whose load sets the host's level. */
    static final Duration REFERENCE = Duration.ofMinutes(30);
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

    /**
     * The figures of a host over the span ending at {@code end}. Its level is the lower of its level tonight (the half
     * hour before the window opened) and its level in the half hour before the span; with one known, the band is
     * {@code max(expected × factor, expected + floor)} around the expected load at that level (the week-to-week
     * spread that p90 stands for is what the level measures); without, the forecast's own
     * {@code max(p90 × factor, expected + floor)}.
     */
    static HostFigures figures(HostLoad host, Instant end, Duration step, WatchPolicy policy) {
        List<Bin> bins = within(host.bins(), end, policy.span());
        Instant last = host.bins().isEmpty() ? null : host.bins().get(host.bins().size() - 1).at().plus(step);
        if (bins.isEmpty()) {
            return new HostFigures(host.host(), end, null, null, null, host.level(), null, null, null, last);
        }
        double live = perHour(bins, step);
        double expected = mean(bins, step, host.band()::expected);
        double p90 = Math.max(expected, mean(bins, step, host.band()::p90));
        HostLoad leveled = host.atLevel(lower(host.level(), level(host.bins(), host.band(), end.minus(policy.span()),
                step)));
        double tonight = leveled.tonight(expected);
        Double ratio = tonight > 0 ? live / tonight : null;
        return new HostFigures(host.host(), end, live, expected, p90, leveled.level(),
                leveled.level() == null ? null : tonight, limit(leveled, policy, expected, p90), ratio, last);
    }

    /** The lower of two levels, either null when not known. */
    static Double lower(Double one, Double other) {
        if (one == null) {
            return other;
        }
        if (other == null) {
            return one;
        }
        return Math.min(one, other);
    }

    /** The band's upper limit for a host given the forecast's expected and p90 loads, messages per hour. */
    static double limit(HostLoad host, WatchPolicy policy, double expected, double p90) {
        return host.level() == null
                ? policy.limit(expected, p90)
                : policy.limit(host.tonight(expected),
                        host.tonight(expected));
    }

    /**
     * A host's level: its load ÷ the forecast's expected load over the {@link #REFERENCE} before {@code until} (the
     * window's opening, or a span's start); null with under half of it known or nothing expected there.
     */
    static Double level(List<Bin> bins, Band band, Instant until, Duration step) {
        List<Bin> reference = within(bins, until, REFERENCE);
        if (reference.size() * step.toSeconds() * 2 < REFERENCE.toSeconds()) {
            return null;
        }
        double expected = mean(reference, step, band::expected);
        return expected > 0 ? perHour(reference, step) / expected : null;
    }

    private static double mean(List<Bin> bins, Duration step, Function<Instant, Double> rate) {
        Duration half = step.dividedBy(2);
        return bins.stream().mapToDouble(b -> rate.apply(b.at().plus(half))).average().orElse(0);
    }
}
