package dev.lull.proposal;

import java.time.Instant;
import java.time.ZoneId;
import java.time.zone.ZoneOffsetTransition;
import java.time.zone.ZoneRules;
import java.util.Arrays;

import dev.lull.platform.Bytes;
import dev.lull.schedule.Interval;

/**
 * The hours a forecast was fitted on, by local hour, from which a window's total in each past week is read. Kept
 * with every cached fit, so kept small: from the first to the last known hour only, as floats when that loses
 * nothing (whole message counts do not), each hour's age in weeks as a byte.
 */
final class PastWeeks {
    private static final long SLOT_SECONDS = LoadSeries.FIVE_MINUTES.toSeconds();
    private static final int WEEK_HOURS = HourOfWeek.COUNT;

    private final ZoneId zone;
    private final long firstLocalHour;
    private final HourValues messages;
    private final byte[] ages;

    private PastWeeks(ZoneId zone, long firstLocalHour, HourValues messages, byte[] ages) {
        this.zone = zone;
        this.firstLocalHour = firstLocalHour;
        this.messages = messages;
        this.ages = ages;
    }

    /**
     * The known hours of {@code history} that {@link Forecaster#fit} weighs at {@code origin}, keyed by local hour
     * (hours since the local epoch); the hour repeated when clocks go back holds the mean of its two real hours.
     */
    static PastWeeks of(LoadSeries history, Instant origin) {
        ZoneRules rules = history.zone().getRules();
        int first = Forecaster.firstHour(history);
        long firstLocal = localHour(history.hourStart(first), rules) - 1;
        int size = (int) (localHour(history.end(), rules) - firstLocal + 2);
        double[] sums = new double[Math.max(0, size)];
        int[] counts = new int[sums.length];
        int[] ages = new int[sums.length];
        for (int i = first; i < history.hours(); i++) {
            long hour = history.hourStartSecond(i);
            double value = history.messagesInHour(i);
            int age = Forecaster.age(hour, origin);
            if (Double.isNaN(value) || !Forecaster.isBefore(hour, origin) || age >= Forecaster.MAX_WEEKS) {
                continue;
            }
            int index = (int) (history.localHour(i) - firstLocal);
            sums[index] += value;
            ages[index] = counts[index] == 0 ? age : ages[index];
            counts[index]++;
        }
        int from = 0;
        int to = sums.length;
        while (from < to && counts[from] == 0) {
            from++;
        }
        while (to > from && counts[to - 1] == 0) {
            to--;
        }
        double[] messages = new double[to - from];
        byte[] kept = new byte[to - from];
        for (int index = from; index < to; index++) {
            messages[index - from] = counts[index] == 0 ? Double.NaN : sums[index] / counts[index];
            kept[index - from] = (byte) ages[index];
        }
        return new PastWeeks(history.zone(), firstLocal + from, HourValues.of(messages), kept);
    }

    /** Estimated retained bytes; the zone is shared. */
    long bytes() {
        return Bytes.object(3, 8) + messages.bytes() + Bytes.bytes(ages.length);
    }

    /**
     * The recency-weighted {@code q} quantile, over past weeks, of the messages in {@code window} moved back by whole
     * weeks on the local clock; NaN when fewer than two weeks hold every hour of it. Each 5-minute slot of the window
     * counts its local hour's messages times {@code shape}'s factor ÷ 12, as the forecast's load curves do.
     */
    double quantileOfTotals(Interval window, WithinHourShape shape, double q) {
        Slots slots = Slots.of(window, zone.getRules(), shape);
        WeightedSample totals = new WeightedSample();
        for (int weeks = 1; slots.earliest - (long) weeks * WEEK_HOURS >= firstLocalHour; weeks++) {
            long back = (long) weeks * WEEK_HOURS;
            double total = total(slots, back);
            if (!Double.isNaN(total)) {
                totals.add(total, Forecaster.weight(ages[(int) (slots.earliest - back - firstLocalHour)]));
            }
        }
        return totals.size() >= 2 ? totals.quantile(q) : Double.NaN;
    }

    /** The messages in {@code window} itself, counted as {@link #quantileOfTotals} counts them; NaN on a gap. */
    double totalOf(Interval window, WithinHourShape shape) {
        return total(Slots.of(window, zone.getRules(), shape), 0);
    }

    /** The first local hour (hours since the local epoch) the past weeks hold. */
    long firstLocalHour() {
        return firstLocalHour;
    }

    /** The messages in a local hour (hours since the local epoch), NaN when unknown or outside the past weeks. */
    double at(long localHour) {
        long index = localHour - firstLocalHour;
        return index < 0 || index >= messages.length() ? Double.NaN : messages.get((int) index);
    }

    /** The age in weeks, at the fit's origin, of a local hour that {@link #at} knows. */
    int ageAt(long localHour) {
        return ages[(int) (localHour - firstLocalHour)];
    }

    /** The window's messages {@code back} local hours earlier, NaN when any of those hours is unknown. */
    private double total(Slots slots, long back) {
        double total = 0;
        for (int i = 0; i < slots.hours.length; i++) {
            double value = at(slots.hours[i] - back);
            if (Double.isNaN(value)) {
                return Double.NaN;
            }
            total += value * slots.weights[i];
        }
        return total;
    }

    private static long localHour(Instant instant, ZoneRules rules) {
        return Math.floorDiv(instant.getEpochSecond() + rules.getOffset(instant).getTotalSeconds(), 3600);
    }

    /**
     * A window's local hours, each with the share of it that the window covers: per 5-minute slot, the shape factor
     * × overlap ÷ 1 h, added up over consecutive slots of the same hour; the offset looked up once per transition.
     */
    private record Slots(long[] hours, double[] weights, long earliest) {
        static Slots of(Interval window, ZoneRules rules, WithinHourShape shape) {
            long start = window.start().getEpochSecond();
            long end = window.end().getEpochSecond();
            long first = Math.floorDiv(start, SLOT_SECONDS) * SLOT_SECONDS;
            int count = (int) -Math.floorDiv(first - end, SLOT_SECONDS);
            long[] hours = new long[count];
            double[] weights = new double[count];
            int used = 0;
            long earliest = Long.MAX_VALUE;
            Instant at = Instant.ofEpochSecond(first);
            long offset = rules.getOffset(at).getTotalSeconds();
            ZoneOffsetTransition next = rules.nextTransition(at);
            for (int slot = 0; slot < count; slot++) {
                long second = first + slot * SLOT_SECONDS;
                if (next != null && second >= next.toEpochSecond()) {
                    at = Instant.ofEpochSecond(second);
                    offset = rules.getOffset(at).getTotalSeconds();
                    next = rules.nextTransition(at);
                }
                long local = second + offset;
                long overlap = Math.min(second + SLOT_SECONDS, end) - Math.max(second, start);
                long hour = Math.floorDiv(local, 3600);
                if (used == 0 || hours[used - 1] != hour) {
                    hours[used++] = hour;
                }
                weights[used - 1] += shape.factorAt(local) / 12 * overlap / SLOT_SECONDS;
                earliest = Math.min(earliest, hour);
            }
            return new Slots(Arrays.copyOf(hours, used), Arrays.copyOf(weights, used), earliest);
        }
    }
}
