package dev.lull.console;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Collection;
import java.util.List;
import java.util.Map;

import dev.lull.platform.ApiProblem;
import dev.lull.platform.PeriodView;
import dev.lull.schedule.Conflict;
import dev.lull.schedule.Interval;

/**
 * The booking rules' conflicts as table rows a person reads: the kind in words, what the window collides with
 * (linked), the overlapping period in the viewer's zone and the API's sentence. Built from the structured
 * {@link Conflict} details, never from the sentence.
 */
final class ConflictTable {

    /** One conflict: its kind in words, what it collides with and where that is shown, when, and the sentence. */
    public record Row(String kind, String with, String link, String period, String sentence) {
    }

    private ConflictTable() {
    }

    /** The rows of the conflicts a refused problem carries (its {@code conflicts} member), none otherwise. */
    static List<Row> of(ApiProblem problem, Interval window, ZoneId zone) {
        return problem.extensions().get("conflicts") instanceof Collection<?> conflicts
                ? rows(conflicts.stream().filter(Conflict.class::isInstance).map(Conflict.class::cast).toList(),
                        window, zone)
                : List.of();
    }

    /** The rows of {@code conflicts} of {@code window}, the change's asked window. */
    static List<Row> rows(List<Conflict> conflicts, Interval window, ZoneId zone) {
        return conflicts.stream().map(c -> row(c, window, zone)).toList();
    }

    private static Row row(Conflict conflict, Interval window, ZoneId zone) {
        Map<String, Object> d = conflict.details();
        return switch (conflict.kind()) {
            case BLACKOUT -> new Row("Blackout", "blackout " + d.get("blackout") + " on " + names(d.get("hosts")),
                    calendar(d, window), overlap(d, window, zone), conflict.message());
            case HOST_BUSY -> new Row("Other change", "change " + d.get("changeId") + ": " + d.get("title") + " on "
                    + names(d.get("hosts")), "/changes/" + d.get("changeId"), overlap(d, window, zone),
                    conflict.message());
            case MIN_AVAILABLE -> new Row("Cluster minimum available", "cluster " + d.get("cluster") + ": "
                    + d.get("available") + " available, minimum " + d.get("minAvailable") + "; down: "
                    + names(d.get("hostsDown")), "/clusters/" + d.get("cluster"), overlap(d, window, zone),
                    conflict.message());
            case DOWNTIME_BUDGET -> budget(conflict, zone);
            case TOO_SOON -> new Row("Minimum notice", "a notice of " + d.get("minimumNotice") + ": start at "
                    + Viewer.at((Instant) d.get("earliestStart"), zone) + " or later", null,
                    span(window.start(), (Instant) d.get("earliestStart"), zone), conflict.message());
            case IN_PAST -> new Row("Window in the past", "now, " + Viewer.at((Instant) d.get("now"), zone), null,
                    span(window.start(), window.end(), zone), conflict.message());
            case WINDOW_TOO_SHORT -> new Row("Window shorter than the plan", "the plan's steps, "
                    + d.get("planned") + " in all, in a window of " + d.get("window"), null,
                    span(window.start(), window.end(), zone), conflict.message());
            case HOLIDAY -> new Row("Holiday", d.get("name") + " (" + d.get("source") + "), " + d.get("date")
                    + " on " + names(d.get("hosts")), null, span(window.start(), window.end(), zone),
                    conflict.message());
        };
    }

    private static Row budget(Conflict conflict, ZoneId zone) {
        Map<String, Object> d = conflict.details();
        boolean host = d.containsKey("host");
        String name = String.valueOf(host ? d.get("host") : d.get("cluster"));
        PeriodView period = d.get("period") instanceof PeriodView p ? p : null;
        return new Row("Downtime budget", (host ? "host " : "cluster ") + name + ": availability "
                + d.get("projectedAvailability") + " below its target " + d.get("availabilityTarget"),
                (host ? "/hosts/" : "/clusters/") + name,
                period == null ? "" : "service period " + span(period.from(), period.to(), zone), conflict.message());
    }

    /** The part of the conflict's {@code start}..{@code end} inside the window, in the viewer's zone. */
    private static String overlap(Map<String, Object> d, Interval window, ZoneId zone) {
        if (!(d.get("start") instanceof Instant start) || !(d.get("end") instanceof Instant end)) {
            return "";
        }
        Instant from = start.isAfter(window.start()) ? start : window.start();
        Instant to = end.isBefore(window.end()) ? end : window.end();
        return to.isAfter(from) ? span(from, to, zone) : span(start, end, zone);
    }

    /** The calendar's week holding the blackout, on the hosts it shares with the window. */
    private static String calendar(Map<String, Object> d, Interval window) {
        Instant start = d.get("start") instanceof Instant s && s.isAfter(window.start()) ? s : window.start();
        String hosts = names(d.get("hosts"));
        return "/?week=" + LocalDate.ofInstant(start, ZoneId.of("UTC"))
                + (hosts.contains(",") || hosts.isEmpty() ? "" : "&host=" + hosts);
    }

    private static String span(Instant from, Instant to, ZoneId zone) {
        return from == null || to == null ? "" : Viewer.at(from, zone) + " to " + Viewer.at(to, zone);
    }

    private static String names(Object hosts) {
        return hosts instanceof Collection<?> names
                ? String.join(", ", names.stream().map(String::valueOf).toList())
                : String.valueOf(hosts);
    }
}
