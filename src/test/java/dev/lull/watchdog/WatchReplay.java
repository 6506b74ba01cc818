package dev.lull.watchdog;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;

import dev.lull.proposal.Forecaster;
import dev.lull.proposal.LoadForecast;
import dev.lull.proposal.LoadSeries;

/**
 * Replays real nights through the watchdog engine: a window each night, the forecast fitted by the proposal engine's
 * {@link Forecaster} on everything before the window opened (as the fit cache fits at the current hour), the host's
 * level tonight from the hour before the window, the engine decided after every five-minute step as ingest would. Plain
 * nights count false alarms; the same nights with a 3× burst injected count detections within one span and calm.
 */
final class WatchReplay {
    static final Duration STEP = ReplaySeries.STEP;
    static final Duration WINDOW = Duration.ofHours(2);
    static final Duration BURST = Duration.ofMinutes(30);
    static final Duration BURST_AFTER = Duration.ofMinutes(30);
    static final int HISTORY_WEEKS = 4;
    static final double BURST_FACTOR = 3;
    static final LocalDate AFTER_SHIFT = LocalDate.of(2016, 2, 1);

    private WatchReplay() {
    }

    /** The figures of one series, or of several summed. */
    record Figures(String series, int windows, int falseAlarms, int bursts, int caught, int calmed,
            Duration slowestDetection, List<Instant> missed, List<Instant> falseNights) {

        double falseAlarmsPer50() {
            return windows == 0 ? 0 : 50.0 * falseAlarms / windows;
        }

        Figures plus(Figures other) {
            return new Figures(series + "+" + other.series, windows + other.windows, falseAlarms + other.falseAlarms,
                    bursts + other.bursts, caught + other.caught, calmed + other.calmed,
                    slowestDetection.compareTo(other.slowestDetection) >= 0
                            ? slowestDetection
                            : other.slowestDetection,
                    Stream.concat(missed.stream(), other.missed.stream()).toList(),
                    Stream.concat(falseNights.stream(), other.falseNights.stream()).toList());
        }

        @Override
        public String toString() {
            return String.format(Locale.ROOT, "%-26s windows %5d  false alarms %3d (%.2f per 50)  bursts caught "
                    + "%d/%d (slowest %s after the burst's first step)  calm again %d/%d  missed %s  false alarms on %s",
                    series, windows, falseAlarms, falseAlarmsPer50(), caught, bursts, slowestDetection, calmed, bursts,
                    missed, falseNights);
        }
    }

    /**
     * Every night of the series from {@code from} with {@link #HISTORY_WEEKS} weeks of history before it, window at
     * {@code local}.
     */
    static Figures replay(ReplaySeries series, String label, LocalDate from, LocalTime local, WatchPolicy policy) {
        List<Instant> starts = nights(series, from, local);
        List<Instant> missed = new ArrayList<>();
        int falseAlarms = 0;
        int caught = 0;
        int calmed = 0;
        int bursts = 0;
        Duration slowest = Duration.ZERO;
        List<Instant> falseNights = new ArrayList<>();
        for (Instant start : starts) {
            LoadSeries history = series.hourlyBefore(start);
            if (!Forecaster.canForecast(history)) {
                continue;
            }
            Band band = band(Forecaster.fit(history, start));
            if (!run(series, start, band, policy, null).alarmed().isEmpty()) {
                falseAlarms++;
                falseNights.add(start);
                continue;
            }
            bursts++;
            Instant burst = start.plus(BURST_AFTER);
            Run run = run(series, start, band, policy, burst);
            if (run.alarmed().isEmpty() || run.alarmed().get(0).isAfter(burst.plus(STEP).plus(policy.span()))) {
                missed.add(start);
            }
            if (!run.alarmed().isEmpty() && !run.alarmed().get(0).isAfter(burst.plus(STEP).plus(policy.span()))) {
                caught++;
                Duration took = Duration.between(burst.plus(STEP), run.alarmed().get(0));
                slowest = took.compareTo(slowest) > 0 ? took : slowest;
            }
            if (run.calmAt() != null) {
                calmed++;
            }
        }
        return new Figures(label, falseAlarms + bursts, falseAlarms, bursts, caught, calmed, slowest, missed,
                falseNights);
    }

    /** When the engine alarmed (each ALARM start) and when it calmed after the first, over one window. */
    record Run(List<Instant> alarmed, Instant calmAt) {
    }

    static Run run(ReplaySeries series, Instant start, Band band, WatchPolicy policy, Instant burst) {
        List<Bin> all = new ArrayList<>(series.binsBetween(start.minus(Duration.ofMinutes(65)), start.plus(WINDOW)));
        if (burst != null) {
            all.replaceAll(b -> !b.at().isBefore(burst) && b.at().isBefore(burst.plus(BURST))
                    ? new Bin(b.at(), b.messages() * BURST_FACTOR)
                    : b);
        }
        Double level = SpanAverage.level(all, band, start, STEP);
        WatchState state = WatchState.QUIET;
        Instant since = start;
        List<Instant> alarmed = new ArrayList<>();
        Instant calmAt = null;
        for (Instant now = start.plus(STEP); !now.isAfter(start.plus(WINDOW)); now = now.plus(STEP)) {
            Instant until = now;
            List<Bin> known = all.stream().filter(b -> b.at().isBefore(until)).toList();
            Verdict verdict = WatchEngine.decide(new WatchInput(now, start, STEP,
                    List.of(new HostLoad(series.name(), known, band, level)), List.of(), policy, state, since));
            if (verdict.state() != state) {
                if (verdict.state() == WatchState.ALARM) {
                    alarmed.add(now);
                } else if (state == WatchState.ALARM && calmAt == null) {
                    calmAt = now;
                }
                state = verdict.state();
                since = now;
            }
        }
        return new Run(alarmed, calmAt);
    }

    /** The window starts at {@code local} on each night whose window and hour before are fully known. */
    private static List<Instant> nights(ReplaySeries series, LocalDate from, LocalTime local) {
        List<Instant> starts = new ArrayList<>();
        LocalDate earliest = series.start().atZone(series.zone()).toLocalDate().plusWeeks(HISTORY_WEEKS + 1);
        LocalDate first = from.isAfter(earliest) ? from : earliest;
        LocalDate last = series.end().atZone(series.zone()).toLocalDate();
        for (LocalDate day = first; day.isBefore(last); day = day.plusDays(1)) {
            Instant start = day.atTime(local).atZone(series.zone()).toInstant();
            if (series.complete(start.minus(Duration.ofHours(1)), start.plus(WINDOW))) {
                starts.add(start);
            }
        }
        return starts;
    }

    static Band band(LoadForecast forecast) {
        return WatchBands.band(forecast);
    }

    /**
     * At default settings: the appserver nights (02:00 Paris) all, and from 2016-02-01, after its documented level
     * shift (SOURCES.md); then every NAB tweet series' nights (04:00 UTC, their trough).
     */
    static List<Figures> evaluate(Path data) throws IOException {
        List<Figures> figures = new ArrayList<>();
        ReplaySeries appserver = ReplaySeries.appserver(data.resolve("appserver/traffic_stats_HOURLY_CHs.csv"));
        figures.add(replay(appserver, "appserver", LocalDate.MIN, LocalTime.of(2, 0), WatchPolicy.DEFAULT));
        figures.add(replay(appserver, "appserver from 2016-02", AFTER_SHIFT, LocalTime.of(2, 0),
                WatchPolicy.DEFAULT));
        try (Stream<Path> files = Files.list(data.resolve("nab"))) {
            for (Path file : files.filter(f -> f.getFileName().toString().startsWith("Twitter_volume")).sorted()
                    .toList()) {
                ReplaySeries series = ReplaySeries.nab(file);
                figures.add(replay(series, series.name(), LocalDate.MIN, LocalTime.of(4, 0), WatchPolicy.DEFAULT));
            }
        }
        return figures;
    }

    /** Prints the figures: {@code java ... WatchReplay [../shared/data]}. */
    public static void main(String[] args) throws IOException {
        List<Figures> figures = evaluate(Path.of(args.length > 0 ? args[0] : "../shared/data"));
        figures.forEach(System.out::println);
        System.out.println(figures.stream().skip(2).reduce(Figures::plus).map(Object::toString).orElse(""));
    }
}
