package dev.lull.proposal;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/** One evaluation series as eval_baselines.py reads it: an hourly grid on the file's clock, short gaps filled. */
record EvalSeries(String name, LocalDateTime start, double[] values, ZoneId zone, boolean utcClock) {
    static final int WEEK = 168;
    private static final int MAX_GAP_HOURS = 6;
    private static final DateTimeFormatter NAB = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss");

    /** Reads a NAB {@code timestamp,value} file or the appserver {@code year,month,day,week_day,hour,requests} file. */
    static EvalSeries read(Path file) throws IOException {
        List<String> lines = Files.readAllLines(file);
        boolean nab = lines.get(0).trim().toLowerCase().startsWith("timestamp,value");
        Map<LocalDateTime, double[]> buckets = new TreeMap<>();
        for (String line : lines.subList(1, lines.size())) {
            if (line.isBlank()) {
                continue;
            }
            String[] cells = line.split(",");
            LocalDateTime time = nab
                    ? LocalDateTime.parse(cells[0], NAB)
                    : LocalDateTime.of(Integer.parseInt(cells[0]), Integer.parseInt(cells[1]),
                            Integer.parseInt(cells[2]), Integer.parseInt(cells[4]), 0);
            double[] sum = buckets.computeIfAbsent(time.truncatedTo(ChronoUnit.HOURS), key -> new double[2]);
            sum[0] += Double.parseDouble(cells[nab ? 1 : 5]);
            sum[1]++;
        }
        String name = file.getFileName().toString();
        boolean utcClock = !name.startsWith("nyc_taxi") && !name.startsWith("traffic_stats");
        ZoneId zone = ZoneId.of(name.startsWith("traffic_stats") ? "Europe/Paris" : "America/New_York");
        LocalDateTime start = buckets.keySet().iterator().next();
        return new EvalSeries(name, start, fillShortGaps(grid(buckets, start)), zone, utcClock);
    }

    private static double[] grid(Map<LocalDateTime, double[]> buckets, LocalDateTime start) {
        LocalDateTime last = ((TreeMap<LocalDateTime, double[]>) buckets).lastKey();
        double[] values = new double[(int) Duration.between(start, last).toHours() + 1];
        Arrays.fill(values, Double.NaN);
        buckets.forEach((hour, sum) -> values[(int) Duration.between(start, hour).toHours()] = sum[0] / sum[1]);
        return values;
    }

    private static double[] fillShortGaps(double[] values) {
        int i = 0;
        while (i < values.length) {
            int j = i;
            while (j < values.length && Double.isNaN(values[j])) {
                j++;
            }
            if (j > i && i > 0 && j < values.length && j - i <= MAX_GAP_HOURS) {
                for (int k = i; k < j; k++) {
                    values[k] = values[i - 1] + (values[j] - values[i - 1]) * (k - i + 1) / (j - i + 1);
                }
            }
            i = Math.max(j, i + 1);
        }
        return values;
    }

    int weeks() {
        return values.length / WEEK;
    }

    double[] week(int k) {
        return Arrays.copyOfRange(values, k * WEEK, (k + 1) * WEEK);
    }

    boolean usable(int k) {
        return Arrays.stream(week(k)).noneMatch(Double::isNaN);
    }

    LocalDateTime weekStart(int k) {
        return start.plusHours((long) k * WEEK);
    }

    /** The real instant of a grid time: the file's clock is UTC or the local wall clock in {@link #zone}. */
    java.time.Instant instant(LocalDateTime gridTime) {
        return utcClock ? gridTime.toInstant(ZoneOffset.UTC) : gridTime.atZone(zone).toInstant();
    }

    /** The grid time of a real instant, the inverse of {@link #instant}. */
    LocalDateTime gridTime(java.time.Instant instant) {
        return utcClock ? LocalDateTime.ofInstant(instant, ZoneOffset.UTC) : instant.atZone(zone).toLocalDateTime();
    }

    /** The series in real UTC hours for the engine; weeks that are not usable are blanked, as the protocol ignores them. */
    LoadSeries toLoadSeries() {
        java.time.Instant first = instant(start);
        java.time.Instant last = instant(start.plusHours(values.length - 1));
        double[] hourly = new double[(int) Duration.between(first, last).toHours() + 1];
        Arrays.fill(hourly, Double.NaN);
        for (int i = 0; i < values.length; i++) {
            LocalDateTime time = start.plusHours(i);
            boolean exists = utcClock || !zone.getRules().getValidOffsets(time).isEmpty();
            int index = (int) Duration.between(first, instant(time)).toHours();
            if (exists && usable(i / WEEK) && index >= 0 && index < hourly.length && Double.isNaN(hourly[index])) {
                hourly[index] = values[i];
            }
        }
        return LoadSeries.hourly(zone, first, hourly);
    }
}
