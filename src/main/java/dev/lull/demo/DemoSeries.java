package dev.lull.demo;

import java.time.DayOfWeek;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZonedDateTime;

/** Realistic synthetic message load: daily and weekly cycles, noise, and a few bursts; deterministic. */
final class DemoSeries {
    private final double scale;
    private final long seed;

    DemoSeries(double scale, long seed) {
        this.scale = scale;
        this.seed = seed;
    }

    /** Messages in the five minutes starting at {@code at}, shaped by the local clock of {@code zone}. */
    double messagesAt(Instant at, ZoneId zone) {
        ZonedDateTime local = at.atZone(zone);
        double hour = local.getHour() + local.getMinute() / 60.0;
        double daily = 0.08 + 0.92 * Math.pow(Math.max(0, Math.sin(Math.PI * (hour - 6) / 16)), 1.5);
        double weekly = switch (local.getDayOfWeek()) {
            case SATURDAY -> 0.45;
            case SUNDAY -> 0.3;
            default -> local.getDayOfWeek() == DayOfWeek.MONDAY ? 1.1 : 1.0;
        };
        double noise = 1 + 0.12 * (unitNoise(at.getEpochSecond() / 300) - 0.5) * 2;
        return Math.max(0, Math.round(scale * daily * weekly * noise * burst(at)));
    }

    private double burst(Instant at) {
        long hourIndex = at.getEpochSecond() / 3600;
        return unitNoise(hourIndex * 31 + 7) > 0.997 ? 3.5 : 1;
    }

    private double unitNoise(long index) {
        long x = index * 0x9E3779B97F4A7C15L + seed;
        x ^= x >>> 33;
        x *= 0xff51afd7ed558ccdL;
        x ^= x >>> 33;
        return (x >>> 11) / (double) (1L << 53);
    }
}
