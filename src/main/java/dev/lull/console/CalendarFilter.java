package dev.lull.console;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneId;
import java.time.format.TextStyle;
import java.util.List;
import java.util.Locale;

import dev.lull.inventory.HostView;

/**
 * What the calendar shows: a week or a month holding {@code date}, the zone it is read in, and the cluster, host,
 * host role and person involved.
 */
public record CalendarFilter(boolean month, LocalDate date, ZoneId zone, String cluster, String host, String role,
        String person) {

    /** The hosts that pass the cluster, host and role filters. */
    List<HostView> hosts(List<HostView> all) {
        return all.stream()
                .filter(h -> cluster == null || cluster.equals(h.cluster()))
                .filter(h -> host == null || host.equals(h.name()))
                .filter(h -> role == null || role.equals(h.role()))
                .toList();
    }

    /** The page's heading: "December 2026", or "Week of 2026-11-30". */
    public String heading() {
        return month
                ? yearMonth().getMonth().getDisplayName(TextStyle.FULL, Locale.ENGLISH) + " " + yearMonth().getYear()
                : "Week of " + monday();
    }

    public LocalDate monday() {
        return WeekGrid.monday(date);
    }

    public YearMonth yearMonth() {
        return YearMonth.from(date);
    }

    /** The query string that keeps these filters on the week holding {@code day}. */
    public String query(LocalDate day) {
        return filters(new StringBuilder("?week=").append(WeekGrid.monday(day)));
    }

    /** The query string that keeps these filters on {@code shown}, a month. */
    public String query(YearMonth shown) {
        return filters(new StringBuilder("?view=month&month=").append(shown));
    }

    public String previous() {
        return month ? query(yearMonth().minusMonths(1)) : query(monday().minusWeeks(1));
    }

    public String next() {
        return month ? query(yearMonth().plusMonths(1)) : query(monday().plusWeeks(1));
    }

    /** The current week or month, with these filters. */
    public String current(LocalDate today) {
        return month ? query(YearMonth.from(today)) : query(today);
    }

    /** The other view of the same time: the month of this week, or the first week of this month. */
    public String other() {
        return month ? query(yearMonth().atDay(1)) : query(YearMonth.from(monday().plusDays(3)));
    }

    public String selected(String value, String current) {
        return value.equals(current) ? "selected" : "";
    }

    private String filters(StringBuilder query) {
        append(query, "cluster", cluster);
        append(query, "host", host);
        append(query, "role", role);
        append(query, "person", person);
        return query.toString();
    }

    private static void append(StringBuilder query, String name, String value) {
        if (value != null) {
            query.append('&').append(name).append('=').append(URLEncoder.encode(value, StandardCharsets.UTF_8));
        }
    }
}
