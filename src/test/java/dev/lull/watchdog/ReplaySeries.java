package dev.lull.watchdog;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.Arrays;
import java.util.List;
import java.util.TreeMap;

import dev.lull.proposal.LoadSeries;

/**
 * A real series for the replay: five-minute bins in UTC (NaN where missing) and the hourly totals the proposal
 * engine fits on. The appserver file is hourly, so each hour's total is spread evenly over its twelve bins; the NAB
 * tweet files are five-minute counts already.
 */
record ReplaySeries(String name, ZoneId zone, Instant start, double[] bins, boolean hourlySource) {
    static final Duration STEP = Duration.ofMinutes(5);
    private static final DateTimeFormatter NAB = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss");

    /** The appserver cluster's hourly requests, CET/CEST wall time. */
    static ReplaySeries appserver(Path file) throws IOException {
        ZoneId zone = ZoneId.of("Europe/Paris");
        TreeMap<Instant, Double> hours = new TreeMap<>();
        for (String line : lines(file)) {
            String[] c = line.split(",");
            LocalDateTime local = LocalDateTime.of(Integer.parseInt(c[0]), Integer.parseInt(c[1]),
                    Integer.parseInt(c[2]), Integer.parseInt(c[4]), 0);
            hours.putIfAbsent(local.atZone(zone).toInstant(), Double.parseDouble(c[5]));
        }
        Instant start = hours.firstKey();
        double[] bins = empty(start, hours.lastKey().plus(Duration.ofHours(1)));
        hours.forEach((hour, total) -> {
            int first = index(start, hour);
            for (int i = 0; i < 12; i++) {
                bins[first + i] = total / 12;
            }
        });
        return new ReplaySeries("appserver", zone, start, bins, true);
    }

    /** A NAB five-minute file on a UTC clock. */
    static ReplaySeries nab(Path file) throws IOException {
        TreeMap<Instant, Double> samples = new TreeMap<>();
        for (String line : lines(file)) {
            String[] c = line.split(",");
            samples.put(LocalDateTime.parse(c[0], NAB).toInstant(ZoneOffset.UTC), Double.parseDouble(c[1]));
        }
        Instant start = samples.firstKey().truncatedTo(ChronoUnit.HOURS);
        double[] bins = empty(start, samples.lastKey().plus(STEP));
        samples.forEach((at, value) -> bins[index(start, at)] = value);
        return new ReplaySeries(file.getFileName().toString().replace(".csv", ""), ZoneOffset.UTC, start, bins, false);
    }

    /** Hourly totals before {@code cutoff}, NaN for an hour missing a bin, as the engine's history. */
    LoadSeries hourlyBefore(Instant cutoff) {
        int hours = (int) Duration.between(start, cutoff).toHours();
        double[] hourly = new double[Math.max(0, hours)];
        for (int h = 0; h < hourly.length; h++) {
            double sum = 0;
            for (int i = h * 12; i < h * 12 + 12; i++) {
                sum += bins[i];
            }
            hourly[h] = sum;
        }
        return LoadSeries.hourly(zone, start, hourly);
    }

    /** The bins starting in [from, to), NaN ones left out. */
    List<Bin> binsBetween(Instant from, Instant to) {
        int first = Math.max(0, index(start, from));
        int last = Math.min(bins.length, index(start, to));
        return java.util.stream.IntStream.range(first, last).filter(i -> !Double.isNaN(bins[i]))
                .mapToObj(i -> new Bin(start.plus(STEP.multipliedBy(i)), bins[i])).toList();
    }

    /** Whether every bin of [from, to) is known. */
    boolean complete(Instant from, Instant to) {
        int first = index(start, from);
        int last = index(start, to);
        return first >= 0 && last <= bins.length
                && Arrays.stream(bins, first, last).noneMatch(Double::isNaN);
    }

    Instant end() {
        return start.plus(STEP.multipliedBy(bins.length));
    }

    static int index(Instant start, Instant at) {
        return (int) Math.floorDiv(Duration.between(start, at).toSeconds(), STEP.toSeconds());
    }

    private static double[] empty(Instant start, Instant end) {
        double[] bins = new double[index(start, end)];
        Arrays.fill(bins, Double.NaN);
        return bins;
    }

    private static List<String> lines(Path file) throws IOException {
        List<String> lines = Files.readAllLines(file);
        return lines.subList(1, lines.size()).stream().filter(l -> !l.isBlank()).toList();
    }
}
