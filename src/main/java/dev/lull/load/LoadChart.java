package dev.lull.load;

import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * The recent load of one host or of several together, hour by hour from {@code from}, against the band their
 * hour-of-week profiles expect (median to p90, each host's hours in its own zone), with marked periods such as
 * change windows; hours are read in {@code zone}.
 */
public record LoadChart(String subject, ZoneId zone, Instant from, List<Hour> hours, List<Mark> marks) {
    static final DateTimeFormatter HOUR = DateTimeFormatter.ofPattern("EEE d MMM HH:mm", Locale.ENGLISH);

    /** One hour: the messages handled (null without samples) and the expected median and p90 (null without history). */
    public record Hour(Instant at, Double messages, Double median, Double p90) {
    }

    /** A period drawn over the chart, with what it was and where to read more (may be null). */
    public record Mark(Instant start, Instant end, String label, String link) {
    }

    /**
     * The hours of {@code [from, to)}: the hosts' hourly series summed, and the buckets of their profiles (one per
     * host, each in its own zone) summed for the hour of the week it is there.
     */
    public static LoadChart of(String subject, ZoneId zone, Instant from, Instant to, List<List<LoadPoint>> series,
            List<LoadProfile> profiles, List<Mark> marks) {
        Map<Instant, Double> messages = new HashMap<>();
        series.forEach(points -> points.forEach(p -> messages.merge(p.at(), p.messages(), Double::sum)));
        List<Hour> hours = new ArrayList<>();
        for (Instant at = from; at.isBefore(to); at = at.plus(Duration.ofHours(1))) {
            Double median = null;
            Double p90 = null;
            for (LoadProfile profile : profiles) {
                ZonedDateTime local = at.atZone(ZoneId.of(profile.timeZone()));
                ProfileBucket bucket = profile.buckets().get((local.getDayOfWeek().getValue() - 1) * 24
                        + local.getHour());
                median = plus(median, bucket.median());
                p90 = plus(p90, bucket.p90());
            }
            hours.add(new Hour(at, messages.get(at), median, p90));
        }
        return new LoadChart(subject, zone, from, List.copyOf(hours), List.copyOf(marks));
    }

    /** Whether any hour had samples. */
    public boolean hasLoad() {
        return hours.stream().anyMatch(h -> h.messages() != null);
    }

    /** Whether any hour has an expected band. */
    public boolean hasBand() {
        return hours.stream().anyMatch(h -> h.median() != null);
    }

    /** The busiest hour with samples. */
    public Optional<Hour> peak() {
        return measured().max(Comparator.comparing(Hour::messages));
    }

    /** The quietest hour with samples. */
    public Optional<Hour> quietest() {
        return measured().min(Comparator.comparing(Hour::messages));
    }

    /** How many hours handled more than their expected p90. */
    public long hoursAboveBand() {
        return measured().filter(h -> h.p90() != null && h.messages() > h.p90()).count();
    }

    /** The largest value drawn (messages or p90), at least 1. */
    public double top() {
        double top = hours.stream().flatMap(h -> Stream.of(h.messages(), h.p90())).filter(Objects::nonNull)
                .mapToDouble(Double::doubleValue).max().orElse(0);
        return top > 0 ? top : 1;
    }

    /** The hour as people read it in the chart's zone, such as "Tue 1 Dec 14:00". */
    public String local(Instant at) {
        return HOUR.format(at.atZone(zone));
    }

    /** The zone's name, such as Europe/Paris. */
    public String zoneName() {
        return zone.getId();
    }

    /** The chart in words: peak and quietest hour, hours above the band, marked periods. */
    public String summary() {
        if (!hasLoad()) {
            return "No load was recorded for " + subject + " in the last 7 days.";
        }
        Hour peak = peak().orElseThrow();
        Hour quiet = quietest().orElseThrow();
        String text = String.format(Locale.ROOT, "%s, last 7 days (hours in %s): peak %.0f messages at %s, "
                + "quietest %.0f at %s", subject, zone.getId(), peak.messages(), local(peak.at()), quiet.messages(),
                local(quiet.at()));
        text += hasBand()
                ? String.format(Locale.ROOT, "; %d hour(s) above the usual 90th percentile", hoursAboveBand())
                : "; no history yet for an expected band";
        return text + "; " + marks.size() + " change window(s) marked.";
    }

    private Stream<Hour> measured() {
        return hours.stream().filter(h -> h.messages() != null);
    }

    private static Double plus(Double sum, Double value) {
        if (value == null) {
            return sum;
        }
        return sum == null ? value : sum + value;
    }
}
