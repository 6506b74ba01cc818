package dev.lull.proposal;

import java.time.LocalDate;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Set;

import dev.lull.platform.ApiProblem;
import dev.lull.schedule.DowntimeTimeline;
import dev.lull.schedule.Interval;

/**
 * What a plan request asks of its windows, in each host's local time: no window touches a {@code notOn} date; each
 * lies within {@code earliest}..{@code latest} of one local night or day (the span runs past midnight when latest
 * is not after earliest); at most {@code maxPerNight} windows start in one night (noon to noon, local).
 */
public record PlanConstraints(Set<LocalDate> notOn, LocalTime earliest, LocalTime latest, int maxPerNight) {
    /** No constraint at all. */
    public static final PlanConstraints NONE = new PlanConstraints(Set.of(), null, null, 0);
    static final int MAX_DATES = 366;

    public PlanConstraints {
        notOn = Set.copyOf(notOn);
    }

    /** The constraints of a plan request, or a 400 naming the field that is not acceptable. */
    static PlanConstraints of(PlanRequest request) {
        List<LocalDate> dates = request.notOn() == null ? List.of() : request.notOn();
        if (dates.size() > MAX_DATES) {
            throw ApiProblem.invalid("notOn", "must list at most " + MAX_DATES + " dates");
        }
        if (dates.stream().anyMatch(Objects::isNull)) {
            throw ApiProblem.invalid("notOn", "must list dates such as 2026-12-31, no nulls");
        }
        LocalTime earliest = request.earliestLocalTime();
        LocalTime latest = earliest == null && LocalTime.MIDNIGHT.equals(request.latestLocalTime())
                ? null
                : request.latestLocalTime();
        if (earliest != null && earliest.equals(latest)) {
            throw ApiProblem.invalid("latestLocalTime", "must differ from earliestLocalTime");
        }
        Integer perNight = request.maxPerNight();
        if (perNight != null && perNight < 1) {
            throw ApiProblem.invalid("maxPerNight", "must be at least 1");
        }
        return new PlanConstraints(Set.copyOf(dates), earliest, latest, perNight == null ? 0 : perNight);
    }

    /** The stretches of {@code period} no window may touch in {@code zone}: notOn dates and outside the span. */
    List<Interval> excluded(ZoneId zone, Interval period) {
        List<Interval> excluded = new ArrayList<>();
        LocalDate first = period.start().atZone(zone).toLocalDate().minusDays(1);
        LocalDate last = period.end().atZone(zone).toLocalDate().plusDays(1);
        for (LocalDate date = first; !date.isAfter(last); date = date.plusDays(1)) {
            if (notOn.contains(date)) {
                excluded.add(new Interval(date.atStartOfDay(zone).toInstant(),
                        date.plusDays(1).atStartOfDay(zone).toInstant()));
            }
            if (earliest != null || latest != null) {
                excluded.add(outsideSpan(date, zone));
            }
        }
        return DowntimeTimeline.merge(excluded);
    }

    /** The night a window starting then belongs to: the local date of the noon before it. */
    static LocalDate night(OffsetDateTime localStart) {
        return localStart.minusHours(12).toLocalDate();
    }

    /** From the end of the span that starts on {@code date} to the start of the next day's span. */
    private Interval outsideSpan(LocalDate date, ZoneId zone) {
        LocalTime from = earliest != null ? earliest : LocalTime.MIDNIGHT;
        LocalDate endDate = latest == null || !latest.isAfter(from) ? date.plusDays(1) : date;
        ZonedDateTime spanEnd = latest == null
                ? endDate.atStartOfDay(zone)
                : ZonedDateTime.of(endDate, latest, zone);
        ZonedDateTime nextStart = ZonedDateTime.of(date.plusDays(1), from, zone);
        if (!nextStart.isAfter(spanEnd)) {
            nextStart = nextStart.plusDays(1);
        }
        return new Interval(spanEnd.toInstant(), nextStart.toInstant());
    }
}
