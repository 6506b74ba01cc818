package dev.lull.whatif;

import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.List;

import dev.lull.schedule.Interval;

/**
 * Replays a window on past weeks, in plain Java: the same local wall-clock window moved back week by week (DST
 * included, as proposals key hours), its messages, its rank among the windows of that length starting in that week
 * (the seven local days ending with the window's day, on the step grid; the quietest first, the earliest of equals;
 * windows with a missing hour left out), the week's best window, and
 * a summary. A week counts as quiet when the window was quieter than at least {@code quietShare} of that week's
 * windows and carried at most {@code busyFactor} × the usual (median) load of the replayed weeks.
 */
public final class WhatIfEngine {
    private static final double TIE = 1e-9;
    private final Duration step;
    private final double quietShare;
    private final double busyFactor;

    public WhatIfEngine(Duration step, double quietShare, double busyFactor) {
        this.step = step;
        this.quietShare = quietShare;
        this.busyFactor = busyFactor;
    }

    /**
     * The window moved back by whole weeks on the {@code zone}'s wall clock: the {@code weeks} latest such windows that
     * ended by {@code now}, latest first.
     */
    public static List<PastWindow> pastWindows(Interval window, ZoneId zone, Instant now, int weeks) {
        long ahead = Duration.between(now, window.end()).toDays();
        int back = (int) Math.max(1, ahead / 7 - 1);
        while (back > 1 && !shifted(window, zone, back - 1).end().isAfter(now)) {
            back--;
        }
        while (shifted(window, zone, back).end().isAfter(now)) {
            back++;
        }
        List<PastWindow> windows = new ArrayList<>(weeks);
        for (int k = back; k < back + weeks; k++) {
            windows.add(new PastWindow(k, shifted(window, zone, k)));
        }
        return windows;
    }

    /** The hours replaying these windows reads: from the earliest one's week to a window past the latest week. */
    public static Interval span(List<PastWindow> past, ZoneId zone) {
        List<Interval> windows = past.stream().map(PastWindow::window).toList();
        Instant from = windows.stream().map(w -> week(w, zone).start()).min(Instant::compareTo).orElseThrow();
        Instant to = windows.stream().map(w -> {
            Instant end = week(w, zone).end().plus(w.length());
            return end.isAfter(w.end()) ? end : w.end();
        }).max(Instant::compareTo).orElseThrow();
        return new Interval(floorHour(from), ceilHour(to));
    }

    /** The host's replay of these windows (as {@link #pastWindows} gives them) on its hourly load. */
    public HostReplay replay(List<PastWindow> windows, ZoneId zone, HourlyLoad load, Duration length) {
        List<WeekReplay> raw = windows.stream().map(past -> week(past.weeksBack(), past.window(), zone, load))
                .toList();
        Double usual = ReplaySummary.median(raw.stream().filter(WeekReplay::hasData).map(WeekReplay::messages)
                .toList());
        List<WeekReplay> judged = raw.stream().map(week -> judge(week, usual)).toList();
        return new HostReplay(judged, ReplaySummary.of(judged, usual, length));
    }

    private WeekReplay judge(WeekReplay week, Double usual) {
        if (!week.hasData()) {
            return week;
        }
        Double ratio = usual != null && usual > 0 ? week.messages() / usual : null;
        boolean usualLoad = ratio == null ? week.messages() <= 0 : ratio <= busyFactor;
        boolean ranked = week.quieterThan() == null || week.quieterThan() >= quietShare;
        return week.judged(ratio, usualLoad && ranked);
    }

    private WeekReplay week(int weeksBack, Interval window, ZoneId zone, HourlyLoad load) {
        double own = load.total(window);
        if (Double.isNaN(own)) {
            return WeekReplay.noData(weeksBack, window, window.start().atZone(zone).toLocalDate());
        }
        Interval week = week(window, zone);
        double tolerance = TIE * Math.max(1, Math.abs(own));
        int windows = 0;
        int quieter = 0;
        int busier = 0;
        Interval best = null;
        double bestTotal = Double.POSITIVE_INFINITY;
        for (Instant start = week.start(); start.isBefore(week.end()); start = start.plus(step)) {
            Interval candidate = Interval.of(start, window.length());
            double total = load.total(candidate);
            if (Double.isNaN(total)) {
                continue;
            }
            windows++;
            quieter += total < own - tolerance ? 1 : 0;
            busier += total > own + tolerance ? 1 : 0;
            if (total < bestTotal - TIE * Math.max(1, Math.abs(total))) {
                best = candidate;
                bestTotal = total;
            }
        }
        return new WeekReplay(weeksBack, window, window.start().atZone(zone).toLocalDate(), own,
                windows == 0 ? null : quieter + 1, windows, windows == 0 ? null : busier / (double) windows, best,
                best == null ? null : bestTotal, null, null);
    }

    /**
     * The window's week: the seven local days ending with the day the window starts (midnight to midnight on the
     * zone's clock), so that the latest replayed week is over by now, or nearly.
     */
    static Interval week(Interval window, ZoneId zone) {
        ZonedDateTime end = window.start().atZone(zone).toLocalDate().plusDays(1).atStartOfDay(zone);
        return new Interval(end.minusWeeks(1).toInstant(), end.toInstant());
    }

    /** The window {@code weeks} weeks earlier on the zone's wall clock; a start or end in a DST gap moves later. */
    static Interval shifted(Interval window, ZoneId zone, int weeks) {
        Instant start = window.start().atZone(zone).minusWeeks(weeks).toInstant();
        Instant end = window.end().atZone(zone).minusWeeks(weeks).toInstant();
        return end.isAfter(start) ? new Interval(start, end) : Interval.of(start, window.length());
    }

    /** A past window and how many weeks back it lies. */
    public record PastWindow(int weeksBack, Interval window) {
    }

    private static Instant floorHour(Instant at) {
        return Instant.ofEpochSecond(Math.floorDiv(at.getEpochSecond(), 3600) * 3600);
    }

    private static Instant ceilHour(Instant at) {
        return Instant.ofEpochSecond(-Math.floorDiv(-at.getEpochSecond(), 3600) * 3600);
    }
}
