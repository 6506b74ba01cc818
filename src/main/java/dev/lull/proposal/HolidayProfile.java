package dev.lull.proposal;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Set;

/**
 * How a holiday is forecast, per local hour of day: from the host's own past holidays when the history holds at least
 * {@value #MIN_HOLIDAYS} of them (the recency-weighted median of each hour over those days, and their weighted
 * conformal 90th percentile, which a handful of days cannot place under their largest), and as its Sunday otherwise.
 * The history is fitted as it is; this only says what a coming holiday will look like.
 */
record HolidayProfile(double[] expected, double[] p90, int pastHolidays) {
    static final int MIN_HOLIDAYS = 3;
    /** A past holiday counts when the history knows at least this many of its local hours. */
    static final int MIN_KNOWN_HOURS = 20;
    private static final int SUNDAY = 6 * 24;

    /** Whether the profile is the host's own holidays' rather than its Sunday's. */
    boolean own() {
        return pastHolidays >= MIN_HOLIDAYS;
    }

    /** The profile of a fit: its past holidays among {@code holidays} that the past weeks hold, else its Sunday. */
    static HolidayProfile of(PastWeeks past, LoadForecast forecast, Set<LocalDate> holidays, Instant end) {
        ZoneId zone = forecast.zone();
        WeightedSample[] hours = new WeightedSample[24];
        for (int hour = 0; hour < 24; hour++) {
            hours[hour] = new WeightedSample();
        }
        int used = 0;
        for (LocalDate date : holidays) {
            if (date.plusDays(1).atStartOfDay(zone).toInstant().isAfter(end)) {
                continue;
            }
            long first = date.toEpochDay() * 24;
            int known = 0;
            int age = Integer.MAX_VALUE;
            for (int hour = 0; hour < 24; hour++) {
                if (!Double.isNaN(past.at(first + hour))) {
                    known++;
                    age = Math.min(age, past.ageAt(first + hour));
                }
            }
            if (known >= MIN_KNOWN_HOURS) {
                used++;
                for (int hour = 0; hour < 24; hour++) {
                    hours[hour].add(past.at(first + hour), Forecaster.weight(age));
                }
            }
        }
        double[] expected = new double[24];
        double[] p90 = new double[24];
        for (int hour = 0; hour < 24; hour++) {
            boolean own = used >= MIN_HOLIDAYS && !hours[hour].isEmpty();
            expected[hour] = own ? hours[hour].quantile(0.5) : forecast.expectedAt(SUNDAY + hour);
            p90[hour] = Math.max(expected[hour], own
                    ? hours[hour].conformalQuantile(RiskCalibration.LEVEL, Forecaster.weight(-1))
                    : forecast.p90At(SUNDAY + hour));
        }
        return new HolidayProfile(expected, p90, used);
    }
}
