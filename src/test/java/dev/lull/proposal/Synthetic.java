package dev.lull.proposal;

import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.function.ToDoubleFunction;

/** Synthetic load histories for tests: a load chosen from each hour's local date-time. */
final class Synthetic {
    private Synthetic() {
    }

    /** {@code weeks} weeks of hourly load ending at {@code end}, read off the host's local clock. */
    static LoadSeries weeksBefore(Instant end, int weeks, ZoneId zone, ToDoubleFunction<ZonedDateTime> load) {
        return hoursBefore(end, weeks * 168, zone, load);
    }

    static LoadSeries hoursBefore(Instant end, int hours, ZoneId zone, ToDoubleFunction<ZonedDateTime> load) {
        Instant start = end.minus(Duration.ofHours(hours));
        double[] values = new double[hours];
        for (int i = 0; i < hours; i++) {
            values[i] = load.applyAsDouble(start.plus(Duration.ofHours(i)).atZone(zone));
        }
        return LoadSeries.hourly(zone, start, values);
    }

    /** Busy office hours, quiet nights, quietest between 03:00 and 05:00 on Sundays. */
    static double officeLoad(ZonedDateTime local) {
        int hour = local.getHour();
        double daily = hour >= 8 && hour < 20 ? 1000 : hour >= 3 && hour < 5 ? 100 : 300;
        boolean sunday = local.getDayOfWeek().getValue() == 7;
        return sunday ? daily / 2 : daily;
    }
}
