package dev.lull.console;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.function.Function;

import dev.lull.schedule.Interval;

/**
 * A month laid out in the viewer's zone: whole weeks from Monday to Sunday, one cell per day holding the spans that
 * cross it (with their local times that day), its length when DST makes it 23 or 25 hours, and a day-level sign of
 * the expected load: the day's mean share of the peak and its quietest two hours.
 */
final class MonthGrid {
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm", Locale.ENGLISH);
    private static final DateTimeFormatter HEADING = DateTimeFormatter.ofPattern("EEE d MMM", Locale.ENGLISH);

    /** An entry on one day, with the local time it covers that day ("22:30–24:00" when it goes on). */
    public record Item(WeekGrid.Entry entry, String time) {
    }

    /** The expected load of a day: mean share of the peak (negative without data), quietest hours, in words. */
    public record DayLoad(double share, String quietest, String text) {
        public String style() {
            return share <= 0 ? "" : String.format(Locale.ROOT, "background:rgba(11,92,173,%.2f)", share * 0.35);
        }

        public String level() {
            return share < 0 ? "no load data" : share < 0.34 ? "quiet day" : share < 0.67 ? "moderate day" : "busy day";
        }
    }

    /** A day's cell; {@code inMonth} false for the days of the neighbouring months that fill its weeks. */
    public record Cell(LocalDate date, String heading, boolean inMonth, boolean today, String note, List<Item> items,
            DayLoad load) {
    }

    /** Seven cells, Monday to Sunday. */
    public record Week(List<Cell> days) {
    }

    private MonthGrid() {
    }

    /** The Monday that starts the first week shown for {@code month}. */
    static LocalDate first(YearMonth month) {
        return WeekGrid.monday(month.atDay(1));
    }

    /** The span of time the month's weeks cover in {@code zone}, from its first Monday to the Monday after. */
    static Interval range(YearMonth month, ZoneId zone) {
        LocalDate end = WeekGrid.monday(month.atEndOfMonth()).plusDays(7);
        return new Interval(first(month).atStartOfDay(zone).toInstant(), end.atStartOfDay(zone).toInstant());
    }

    /** The month's weeks, each day's entries placed and its expected load summed up from {@code load} per hour. */
    static List<Week> weeks(YearMonth month, ZoneId zone, LocalDate today, List<WeekGrid.Entry> entries,
            Function<Instant, Double> load, Function<Double, String> loadText) {
        List<Week> weeks = new ArrayList<>();
        LocalDate end = WeekGrid.monday(month.atEndOfMonth()).plusDays(7);
        for (LocalDate monday = first(month); monday.isBefore(end); monday = monday.plusDays(7)) {
            List<Cell> days = new ArrayList<>();
            for (int i = 0; i < 7; i++) {
                LocalDate date = monday.plusDays(i);
                ZonedDateTime start = date.atStartOfDay(zone);
                Interval day = new Interval(start.toInstant(), date.plusDays(1).atStartOfDay(zone).toInstant());
                days.add(new Cell(date, HEADING.format(date), YearMonth.from(date).equals(month), date.equals(today),
                        note(day.length().toHours()), items(day, zone, entries), load(day, zone, load, loadText)));
            }
            weeks.add(new Week(days));
        }
        return weeks;
    }

    private static String note(long hours) {
        return hours == 24 ? "" : hours + "-hour day (clocks go " + (hours < 24 ? "forward)" : "back)");
    }

    private static List<Item> items(Interval day, ZoneId zone, List<WeekGrid.Entry> entries) {
        return entries.stream().filter(e -> e.interval().overlaps(day))
                .sorted(Comparator.comparing((WeekGrid.Entry e) -> e.interval().start()))
                .map(e -> new Item(e, time(e.interval(), day, zone))).toList();
    }

    private static String time(Interval span, Interval day, ZoneId zone) {
        String from = span.start().isAfter(day.start()) ? TIME.format(span.start().atZone(zone)) : "00:00";
        String to = span.end().isBefore(day.end()) ? TIME.format(span.end().atZone(zone)) : "24:00";
        return from + "–" + to;
    }

    private static DayLoad load(Interval day, ZoneId zone, Function<Instant, Double> load,
            Function<Double, String> loadText) {
        List<Instant> hours = new ArrayList<>();
        List<Double> shares = new ArrayList<>();
        for (Instant at = day.start(); at.isBefore(day.end()); at = at.plus(Duration.ofHours(1))) {
            hours.add(at);
            shares.add(load.apply(at));
        }
        double sum = 0;
        int known = 0;
        for (Double share : shares) {
            if (share != null) {
                sum += share;
                known++;
            }
        }
        if (known == 0) {
            return new DayLoad(-1, "", "no load data for this day");
        }
        double mean = sum / known;
        int quiet = quietest(shares);
        String quietest = quiet < 0
                ? ""
                : TIME.format(hours.get(quiet).atZone(zone)) + "–"
                        + TIME.format(hours.get(quiet).plus(Duration.ofHours(2)).atZone(zone));
        String text = "on average " + loadText.apply(mean)
                + (quiet < 0
                        ? ""
                        : "; quietest " + quietest + ", " + loadText.apply(
                                (shares.get(quiet) + shares.get(quiet + 1)) / 2));
        return new DayLoad(mean, quietest, text);
    }

    /** The first hour of the two consecutive known hours with the least load together, or -1. */
    private static int quietest(List<Double> shares) {
        int best = -1;
        double least = Double.MAX_VALUE;
        for (int i = 0; i + 1 < shares.size(); i++) {
            if (shares.get(i) != null && shares.get(i + 1) != null && shares.get(i) + shares.get(i + 1) < least) {
                least = shares.get(i) + shares.get(i + 1);
                best = i;
            }
        }
        return best;
    }
}
