package dev.lull.console;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.Function;

import dev.lull.schedule.Interval;

/**
 * A week laid out in the viewer's zone: seven days of 23, 24 or 25 hours (DST), each hour shaded by the expected
 * load, and spans (change windows, blackouts, outages) placed on the days they cross, to the minute.
 */
final class WeekGrid {
    static final int HOUR_PX = 22;
    private static final DateTimeFormatter HEADING = DateTimeFormatter.ofPattern("EEE d MMM", Locale.ENGLISH);
    private static final DateTimeFormatter HOUR = DateTimeFormatter.ofPattern("HH:mm", Locale.ENGLISH);
    private static final DateTimeFormatter OFFSET = DateTimeFormatter.ofPattern("HH:mm xxx", Locale.ENGLISH);

    /** Something to draw: its kind (a CSS class), text, tooltip and link. */
    public record Entry(Interval interval, String kind, String css, String label, String status, String title,
            String link) {
    }

    /** One hour row: its local label and the expected load there (share of the week's peak, 0 to 1). */
    public record Hour(Instant start, String label, double share, String load) {
        public String style() {
            return share <= 0 ? "" : String.format(Locale.ROOT, "background:rgba(11,92,173,%.2f)", share * 0.35);
        }
    }

    /** An entry placed on one day: pixels from the top of the day and its height. */
    public record Span(Entry entry, int top, int height) {
        public String style() {
            return "top:" + top + "px;height:" + height + "px";
        }
    }

    /** A day in the viewer's zone; {@code note} says when it is not 24 hours long. */
    public record Day(LocalDate date, String heading, String note, List<Hour> hours, List<Span> spans) {
        public int height() {
            return hours.size() * HOUR_PX;
        }
    }

    private WeekGrid() {
    }

    /** The Monday that starts the week holding {@code date}. */
    static LocalDate monday(LocalDate date) {
        return date.minusDays(date.getDayOfWeek().getValue() - 1L);
    }

    /** The week's span of time in {@code zone}, from Monday 00:00 to the next Monday 00:00. */
    static Interval week(LocalDate monday, ZoneId zone) {
        return new Interval(monday.atStartOfDay(zone).toInstant(), monday.plusDays(7).atStartOfDay(zone).toInstant());
    }

    /** The seven days from {@code monday}, each hour shaded by {@code load} (a share, or 0), the entries placed. */
    static List<Day> days(LocalDate monday, ZoneId zone, List<Entry> entries, Function<Instant, Double> load,
            Function<Double, String> loadText) {
        List<Day> days = new ArrayList<>();
        for (int i = 0; i < 7; i++) {
            LocalDate date = monday.plusDays(i);
            ZonedDateTime start = date.atStartOfDay(zone);
            ZonedDateTime end = date.plusDays(1).atStartOfDay(zone);
            long length = Duration.between(start, end).toHours();
            List<Hour> hours = new ArrayList<>();
            for (Instant at = start.toInstant(); at.isBefore(end.toInstant()); at = at.plus(Duration.ofHours(1))) {
                Double share = load.apply(at);
                hours.add(new Hour(at, (length == 24 ? HOUR : OFFSET).format(at.atZone(zone)),
                        share == null ? 0 : share, share == null ? "no data" : loadText.apply(share)));
            }
            Interval day = new Interval(start.toInstant(), end.toInstant());
            days.add(new Day(date, HEADING.format(date), note(length), hours, spans(day, entries)));
        }
        return days;
    }

    private static String note(long hours) {
        if (hours == 24) {
            return "";
        }
        return hours < 24 ? hours + "-hour day: clocks go forward" : hours + "-hour day: clocks go back";
    }

    private static List<Span> spans(Interval day, List<Entry> entries) {
        List<Span> spans = new ArrayList<>();
        for (Entry entry : entries) {
            if (!entry.interval().overlaps(day)) {
                continue;
            }
            Instant from = entry.interval().start().isAfter(day.start()) ? entry.interval().start() : day.start();
            Instant to = entry.interval().end().isBefore(day.end()) ? entry.interval().end() : day.end();
            int top = (int) (Duration.between(day.start(), from).toMinutes() * HOUR_PX / 60);
            int height = (int) Math.max(HOUR_PX - 4, Duration.between(from, to).toMinutes() * HOUR_PX / 60);
            spans.add(new Span(entry, top, height));
        }
        return spans;
    }
}
