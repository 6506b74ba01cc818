package dev.lull.servicelevel;

import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Instance;
import jakarta.transaction.Transactional;

import dev.lull.schedule.BusyKind;
import dev.lull.schedule.Interval;
import dev.lull.schedule.Timeline;
import dev.lull.schedule.WorkHistory;

/**
 * The downtime hosts had and have booked. Had, up to now: planned = work carried out (from every
 * {@link WorkHistory}: changes, from their actual start to their actual end); unplanned = outages. Booked, from now
 * on: change windows and outages on the timeline.
 */
@ApplicationScoped
@Transactional(Transactional.TxType.SUPPORTS)
public class DowntimeRecords {
    private final Instance<WorkHistory> histories;
    private final Timeline timeline;

    DowntimeRecords(Instance<WorkHistory> histories, Timeline timeline) {
        this.histories = histories;
        this.timeline = timeline;
    }

    /** What the hosts had within {@code span}, counting what is still going on up to {@code now}. */
    public Downtime had(Set<String> hosts, Interval span, Instant now) {
        if (hosts.isEmpty()) {
            return Downtime.none();
        }
        Map<String, List<Interval>> unplanned = new HashMap<>();
        for (Outage outage : Outage.overlapping(hosts, span)) {
            outage.lastedUntil(now).flatMap(lasted -> AvailabilityMath.intersection(lasted, span))
                    .ifPresent(lasted -> outage.hosts.stream().filter(hosts::contains)
                            .forEach(host -> add(unplanned, host, lasted)));
        }
        Map<String, List<Interval>> planned = new HashMap<>();
        histories.forEach(history -> history.carriedOut(hosts, span, now)
                .forEach(period -> add(planned, period.host(), period.interval())));
        return new Downtime(planned, unplanned);
    }

    /**
     * What the timeline holds for the hosts within {@code span}: change windows as planned downtime, outages as
     * unplanned (one still open is taken to last through the span); change windows whose references are in
     * {@code replaced} are left out.
     */
    public Downtime booked(Set<String> hosts, Interval span, Set<String> replaced) {
        if (hosts.isEmpty()) {
            return Downtime.none();
        }
        Map<String, List<Interval>> planned = new HashMap<>();
        Map<String, List<Interval>> unplanned = new HashMap<>();
        timeline.busy(hosts, span, EnumSet.of(BusyKind.CHANGE, BusyKind.OUTAGE)).stream()
                .filter(period -> period.kind() != BusyKind.CHANGE || !replaced.contains(period.reference()))
                .forEach(period -> AvailabilityMath.intersection(period.interval(), span).ifPresent(booked -> add(
                        period.kind() == BusyKind.CHANGE ? planned : unplanned, period.host(), booked)));
        return new Downtime(planned, unplanned);
    }

    private static void add(Map<String, List<Interval>> byHost, String host, Interval interval) {
        byHost.computeIfAbsent(host, h -> new ArrayList<>()).add(interval);
    }
}
