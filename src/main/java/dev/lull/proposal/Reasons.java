package dev.lull.proposal;

import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;

import dev.lull.schedule.Interval;

/** The one human line that explains a candidate. */
final class Reasons {
    private static final DateTimeFormatter DAY_TIME = DateTimeFormatter.ofPattern("EEE HH:mm", Locale.ENGLISH);
    private static final DateTimeFormatter HOLIDAY = DateTimeFormatter.ofPattern("EEE d MMM", Locale.ENGLISH);
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm", Locale.ENGLISH);

    private Reasons() {
    }

    static String weekly(Interval window, ZoneId zone, double peakRatio, int weeks) {
        return "%s: median %s of peak over the last %s".formatted(label(window, zone), percent(peakRatio),
                plural(weeks, "week"));
    }

    static String flat(Interval window, ZoneId zone, int weeks) {
        return "%s: no daily cycle over the last %s, earliest free window at the usual level"
                .formatted(label(window, zone), plural(weeks, "week"));
    }

    static String fallback(Interval window, ZoneId zone, QuietHours quiet, int knownHours) {
        return "%s: quiet-hours fallback %s–%s local, only %s of history".formatted(label(window, zone),
                TIME.format(quiet.start()), TIME.format(quiet.end()), plural(knownHours / 24, "day"));
    }

    /** How holidays are forecast: "forecast from 4 past holidays" or "forecast as a Sunday (2 past holidays)". */
    static String holidays(HolidayProfile profile) {
        return profile.own()
                ? "forecast from %d past holidays".formatted(profile.pastHolidays())
                : "forecast as a Sunday (%s in history)".formatted(plural(profile.pastHolidays(), "past holiday"));
    }

    /** "Thu 1 Jan is a holiday, forecast from 4 past holidays". */
    static String onHolidays(List<LocalDate> dates, String how) {
        return dates.stream().map(HOLIDAY::format).collect(Collectors.joining(" and ")) + (dates.size() == 1
                ? " is a holiday, "
                : " are holidays, ") + how;
    }

    /** "Tue 03:00–05:00 Europe/Paris", with the end's day when the window crosses midnight. */
    static String label(Interval window, ZoneId zone) {
        ZonedDateTime start = window.start().atZone(zone);
        ZonedDateTime end = window.end().atZone(zone);
        DateTimeFormatter endFormat = start.toLocalDate().equals(end.toLocalDate()) ? TIME : DAY_TIME;
        return DAY_TIME.format(start) + "–" + endFormat.format(end) + " " + zone.getId();
    }

    private static String percent(double ratio) {
        return String.format(Locale.ROOT, "%.1f%%", 100 * ratio);
    }

    private static String plural(int count, String unit) {
        return count + " " + unit + (count == 1 ? "" : "s");
    }
}
