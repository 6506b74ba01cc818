package dev.lull.console;

import java.time.Clock;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.NewCookie;
import jakarta.ws.rs.core.Response;

import org.jboss.resteasy.reactive.RestQuery;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;

import dev.lull.inventory.ClusterCatalog;
import dev.lull.inventory.ClusterView;
import dev.lull.inventory.Host;
import dev.lull.inventory.HostCatalog;
import dev.lull.inventory.HostView;
import dev.lull.platform.InstantRange;
import dev.lull.platform.Roles;
import dev.lull.schedule.Interval;

/**
 * The calendar: a week (hour by hour) or a month (day by day) of change windows, blackouts and outages over the
 * expected load of a host or cluster, filtered by cluster, host, host role and person involved.
 */
@Path("/")
@Produces(MediaType.TEXT_HTML)
@RolesAllowed(Roles.VIEWER)
public class CalendarPage {
    static final List<String> ZONES = List.of("UTC", "Europe/Paris", "Europe/London", "America/New_York",
            "America/Los_Angeles", "Asia/Tokyo", "Australia/Sydney");
    private final CalendarEntries entries;
    private final HostCatalog hosts;
    private final ClusterCatalog clusters;
    private final ExpectedLoad load;
    private final Viewer viewer;
    private final Clock clock;

    CalendarPage(CalendarEntries entries, HostCatalog hosts, ClusterCatalog clusters, ExpectedLoad load,
            Viewer viewer, Clock clock) {
        this.entries = entries;
        this.hosts = hosts;
        this.clusters = clusters;
        this.load = load;
        this.viewer = viewer;
        this.clock = clock;
    }

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance calendar(CalendarFilter filter, List<WeekGrid.Day> days,
                List<MonthGrid.Week> weeks, String loadScope, String today, List<String> zones,
                List<ClusterView> clusters, List<HostView> hosts, Set<String> roles, Map<String, String> people,
                String problem);
    }

    @GET
    public Response calendar(@RestQuery String view, @RestQuery String week, @RestQuery String month,
            @RestQuery String zone, @RestQuery String cluster, @RestQuery String host, @RestQuery String role,
            @RestQuery String person) {
        ZoneId shown = Viewer.zoneOr(zone, viewer.zone());
        List<HostView> allHosts = hosts.list(null, null, 0, 500).items();
        List<ClusterView> allClusters = clusters.list(0, 500).items();
        LocalDate today = LocalDate.now(clock.withZone(shown));
        boolean monthly = "month".equals(view) || (blank(month) != null && blank(week) == null);
        List<String> problems = new ArrayList<>();
        LocalDate date = monthly ? month(month, today, problems) : week(week, today, problems);
        CalendarFilter filter = new CalendarFilter(monthly, date, shown, blank(cluster), blank(host), blank(role),
                blank(person));
        List<HostView> shownHosts = filter.hosts(allHosts);
        Interval range = monthly ? MonthGrid.range(filter.yearMonth(), shown) : WeekGrid.week(filter.monday(), shown);
        List<WeekGrid.Entry> drawn = entries.in(filter, shownHosts, range);
        List<Host> loadHosts = CalendarEntries.loadHosts(filter, allClusters);
        ExpectedLoad.Shade shade = load.shade(loadHosts);
        List<WeekGrid.Day> days = monthly
                ? List.of()
                : WeekGrid.days(filter.monday(), shown, drawn, shade.share(), shade.text());
        List<MonthGrid.Week> weeks = monthly
                ? MonthGrid.weeks(filter.yearMonth(), shown, today, drawn, shade.share(), shade.text())
                : List.of();
        Set<String> roles = new TreeSet<>();
        allHosts.stream().map(HostView::role).filter(r -> r != null).forEach(roles::add);
        Response.ResponseBuilder page = Response.ok(Templates.calendar(filter, days, weeks,
                scope(filter, loadHosts, allClusters), filter.current(today), zones(allHosts), allClusters, allHosts,
                roles, entries.people(), problems.isEmpty() ? null : String.join(" ", problems)));
        if (zone != null && !zone.isBlank() && shown.getId().equals(zone.trim())) {
            page.cookie(new NewCookie.Builder(Viewer.ZONE_COOKIE).value(shown.getId()).path("/").maxAge(31_536_000)
                    .httpOnly(true).sameSite(NewCookie.SameSite.LAX).build());
        }
        return page.build();
    }

    private static LocalDate week(String week, LocalDate today, List<String> problems) {
        if (blank(week) == null) {
            return today;
        }
        try {
            return inRange("week", LocalDate.parse(week.trim()), today, problems);
        } catch (DateTimeException e) {
            problems.add("week: \"" + week + "\" is not a date such as 2027-03-28; showing this week instead.");
            return today;
        }
    }

    private static LocalDate month(String month, LocalDate today, List<String> problems) {
        if (blank(month) == null) {
            return today;
        }
        try {
            YearMonth parsed = YearMonth.parse(month.trim());
            return parsed.equals(YearMonth.from(today)) ? today : inRange("month", parsed.atDay(1), today, problems);
        } catch (DateTimeException e) {
            problems.add("month: \"" + month + "\" is not a month such as 2027-03; showing this month instead.");
            return today;
        }
    }

    /**
     * The date, when the weeks shown around it lie within the instants the API accepts ({@link InstantRange}): a far
     * year would make every recurring blackout expand from its first occurrence up to it.
     */
    private static LocalDate inRange(String field, LocalDate date, LocalDate today, List<String> problems) {
        if (InstantRange.accepted(date.minusDays(7).atStartOfDay(ZoneOffset.UTC).toInstant())
                && InstantRange.accepted(date.plusDays(45).atStartOfDay(ZoneOffset.UTC).toInstant())) {
            return date;
        }
        problems.add(field + ": " + date + " " + InstantRange.outside() + "; showing today instead.");
        return today;
    }

    private static String scope(CalendarFilter filter, List<Host> loadHosts, List<ClusterView> allClusters) {
        if (loadHosts.isEmpty()) {
            return "no host chosen";
        }
        if (filter.host() != null) {
            return "host " + filter.host();
        }
        return filter.cluster() != null
                ? "cluster " + filter.cluster()
                : "cluster " + allClusters.get(0).name() + " (pick a host or cluster to change)";
    }

    private static List<String> zones(List<HostView> allHosts) {
        Set<String> zones = new TreeSet<>(ZONES);
        allHosts.forEach(h -> zones.add(h.timeZone()));
        return new ArrayList<>(zones);
    }

    private static String blank(String text) {
        return text == null || text.isBlank() ? null : text.trim();
    }
}
