package dev.lull.proposal;

import java.math.BigDecimal;
import java.math.RoundingMode;
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
        return label(window, zone) + ": median " + percent(peakRatio) + " of peak over the last "
                + plural(weeks, "week");
    }

    static String flat(Interval window, ZoneId zone, int weeks) {
        return label(window, zone) + ": no daily cycle over the last " + plural(weeks, "week")
                + ", earliest free window at the usual level";
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

    /**
     * "12.3%": as {@code String.format("%.1f%%")} writes it (the shortest decimal of the double, rounded half up), which
     * parses its pattern on every call; a ratio that is negative (-0 too) or not finite is left to it.
     */
    static String percent(double ratio) {
        double percent = 100 * ratio;
        return Double.isFinite(percent) && Math.copySign(1, percent) > 0
                ? BigDecimal.valueOf(percent).setScale(1, RoundingMode.HALF_UP).toPlainString() + "%"
                : String.format(Locale.ROOT, "%.1f%%", percent);
    }

    private static String plural(int count, String unit) {
        return count + " " + unit + (count == 1 ? "" : "s");
    }
}
