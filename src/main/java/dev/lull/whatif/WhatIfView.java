package dev.lull.whatif;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.List;

import com.fasterxml.jackson.databind.annotation.JsonSerialize;

import dev.lull.change.ChangeType;
import dev.lull.platform.ApiNumbers;
import dev.lull.schedule.Conflict;
import dev.lull.schedule.Interval;

/**
 * A what-if answer: the window, per host its replay on past weeks, per cluster its survivors' load against capacity
 * with the window's hosts down, and what booking it now would meet (a dry run of submit).
 */
public record WhatIfView(Instant start, Instant end, Duration duration, int weeks, List<HostReplayView> hosts,
        List<ClusterReplayView> clusters, BookingDryRunView booking) {

    /** One host: its zone, the window on its clock, the summary read first, then each week, latest first. */
    public record HostReplayView(String host, String timeZone, OffsetDateTime localStart, OffsetDateTime localEnd,
            ReplaySummaryView summary, List<WeekReplayView> weeks) {
        static HostReplayView of(String host, ZoneId zone, Interval window, HostReplay replay) {
            return new HostReplayView(host, zone.getId(), local(window.start(), zone), local(window.end(), zone),
                    ReplaySummaryView.of(replay.summary(), zone),
                    replay.weeks().stream().map(week -> WeekReplayView.of(week, zone)).toList());
        }
    }

    /**
     * Weeks replayed, with data, quiet; the median rank (1 = the week's quietest window) and median share of the
     * week's windows the window was quieter than; the usual (median) messages; the worst week and the verdict.
     */
    public record ReplaySummaryView(int weeks, int weeksWithData, int quietWeeks,
            @JsonSerialize(using = ApiNumbers.Ratio.class) Double medianRank,
            @JsonSerialize(using = ApiNumbers.Ratio.class) Double medianQuieterThan,
            @JsonSerialize(using = ApiNumbers.Messages.class) Double usualMessages, LocalDate worstWeek,
            @JsonSerialize(using = ApiNumbers.Ratio.class) Double worstLoadRatio, String verdict) {
        static ReplaySummaryView of(ReplaySummary summary, ZoneId zone) {
            WeekReplay worst = summary.worst();
            return new ReplaySummaryView(summary.weeks(), summary.weeksWithData(), summary.quietWeeks(),
                    summary.medianRank(), summary.medianQuieterThan(), summary.usualMessages(),
                    worst == null ? null : worst.localDate(), worst == null ? null : worst.loadRatio(),
                    summary.verdict());
        }
    }

    /** One past week; the figures are null, hasData false, when an hour of the window is missing. */
    public record WeekReplayView(int weeksBack, Instant start, Instant end, OffsetDateTime localStart, boolean hasData,
            @JsonSerialize(using = ApiNumbers.Messages.class) Double messages, Integer rank, int windows,
            @JsonSerialize(using = ApiNumbers.Ratio.class) Double quieterThan,
            @JsonSerialize(using = ApiNumbers.Ratio.class) Double loadRatio, Boolean quiet, BestWindowView best) {
        static WeekReplayView of(WeekReplay week, ZoneId zone) {
            Interval window = week.window();
            return new WeekReplayView(week.weeksBack(), window.start(), window.end(), local(window.start(), zone),
                    week.hasData(), week.messages(), week.rank(), week.windows(), week.quieterThan(),
                    week.loadRatio(), week.quiet(), week.best() == null
                            ? null
                            : new BestWindowView(week.best().start(), week.best().end(),
                                    local(week.best().start(), zone),
                                    week.bestMessages()));
        }
    }

    /** The quietest window of that length in that local week. */
    public record BestWindowView(Instant start, Instant end, OffsetDateTime localStart,
            @JsonSerialize(using = ApiNumbers.Messages.class) Double messages) {
    }

    /** A cluster of the window's hosts: who is down and up, the survivors' capacity, each week and the verdict. */
    public record ClusterReplayView(String cluster, int minAvailable, List<String> hostsDown, List<String> hostsUp,
            List<String> unrated, @JsonSerialize(using = ApiNumbers.Messages.class) double survivorCapacityPerMinute,
            double threshold, int weeksOverThreshold, String verdict, List<CapacityWeekView> weeks) {
        static ClusterReplayView of(ClusterReplay replay) {
            return new ClusterReplayView(replay.cluster(), replay.minAvailable(), replay.hostsDown(), replay.hostsUp(),
                    replay.unrated(), replay.survivorCapacityPerMinute(), replay.threshold(),
                    replay.weeksOverThreshold(), replay.verdict(), replay.weeks().stream()
                            .map(week -> new CapacityWeekView(week.weeksBack(), week.window().start(),
                                    week.window().end(), week.peakPerMinute(), week.utilization(),
                                    week.overThreshold()))
                            .toList());
        }
    }

    /** A cluster in one past window; null figures when an hour of a rated host is missing. */
    public record CapacityWeekView(int weeksBack, Instant start, Instant end,
            @JsonSerialize(using = ApiNumbers.Messages.class) Double peakPerMinute,
            @JsonSerialize(using = ApiNumbers.Ratio.class) Double utilization, Boolean overThreshold) {
    }

    /** What submitting a change of that type with this window would meet now: free when there is no conflict. */
    public record BookingDryRunView(ChangeType type, boolean free, List<Conflict> conflicts) {
    }

    static OffsetDateTime local(Instant at, ZoneId zone) {
        return at.atZone(zone).toOffsetDateTime();
    }
}
