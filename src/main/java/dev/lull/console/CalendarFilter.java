package dev.lull.console;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;

import dev.lull.inventory.HostView;

/** What the calendar shows: the week, the zone it is read in, and the cluster, host, host role and requester. */
public record CalendarFilter(LocalDate monday, ZoneId zone, String cluster, String host, String role, String person) {

    /** The hosts that pass the cluster, host and role filters. */
    List<HostView> hosts(List<HostView> all) {
        return all.stream()
                .filter(h -> cluster == null || cluster.equals(h.cluster()))
                .filter(h -> host == null || host.equals(h.name()))
                .filter(h -> role == null || role.equals(h.role()))
                .toList();
    }

    /** The query string that keeps these filters on another week. */
    public String query(LocalDate week) {
        StringBuilder query = new StringBuilder("?week=").append(week);
        append(query, "cluster", cluster);
        append(query, "host", host);
        append(query, "role", role);
        append(query, "person", person);
        return query.toString();
    }

    public String previous() {
        return query(monday.minusWeeks(1));
    }

    public String next() {
        return query(monday.plusWeeks(1));
    }

    public String selected(String value, String current) {
        return value.equals(current) ? "selected" : "";
    }

    private static void append(StringBuilder query, String name, String value) {
        if (value != null) {
            query.append('&').append(name).append('=').append(java.net.URLEncoder.encode(value,
                    java.nio.charset.StandardCharsets.UTF_8));
        }
    }
}
