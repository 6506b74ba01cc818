package dev.lull.console;

import java.time.Clock;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
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

import dev.lull.change.ChangeListing;
import dev.lull.change.ChangeStatus;
import dev.lull.change.ChangeSummary;
import dev.lull.inventory.ClusterCatalog;
import dev.lull.inventory.ClusterView;
import dev.lull.inventory.Host;
import dev.lull.inventory.HostCatalog;
import dev.lull.inventory.HostView;
import dev.lull.platform.Roles;
import dev.lull.schedule.BusyKind;
import dev.lull.schedule.BusyPeriod;
import dev.lull.schedule.Interval;
import dev.lull.schedule.Timeline;

/** The calendar: a week of change windows, blackouts and outages over the expected load of a host or cluster. */
@Path("/")
@Produces(MediaType.TEXT_HTML)
@RolesAllowed(Roles.VIEWER)
public class CalendarPage {
    static final List<String> ZONES = List.of("UTC", "Europe/Paris", "Europe/London", "America/New_York",
            "America/Los_Angeles", "Asia/Tokyo", "Australia/Sydney");
    private final ChangeListing changes;
    private final HostCatalog hosts;
    private final ClusterCatalog clusters;
    private final Timeline timeline;
    private final ExpectedLoad load;
    private final Viewer viewer;
    private final Clock clock;

    CalendarPage(ChangeListing changes, HostCatalog hosts, ClusterCatalog clusters, Timeline timeline,
            ExpectedLoad load, Viewer viewer, Clock clock) {
        this.changes = changes;
        this.hosts = hosts;
        this.clusters = clusters;
        this.timeline = timeline;
        this.load = load;
        this.viewer = viewer;
        this.clock = clock;
    }

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance calendar(CalendarFilter filter, List<WeekGrid.Day> days, String loadScope,
                List<String> zones, List<ClusterView> clusters, List<HostView> hosts, Set<String> roles,
                String problem);
    }

    @GET
    public Response calendar(@RestQuery String week, @RestQuery String zone, @RestQuery String cluster,
            @RestQuery String host, @RestQuery String role, @RestQuery String person) {
        ZoneId shown = Viewer.zoneOr(zone, viewer.zone());
        List<HostView> allHosts = hosts.list(null, null, 0, 500).items();
        List<ClusterView> allClusters = clusters.list(0, 500).items();
        String problem = null;
        LocalDate date = LocalDate.now(clock.withZone(shown));
        if (week != null && !week.isBlank()) {
            try {
                date = LocalDate.parse(week.trim());
            } catch (DateTimeException e) {
                problem = "week: \"" + week + "\" is not a date such as 2027-03-28; showing this week instead.";
            }
        }
        CalendarFilter filter = new CalendarFilter(WeekGrid.monday(date), shown, blank(cluster), blank(host),
                blank(role), blank(person));
        List<HostView> shownHosts = filter.hosts(allHosts);
        Interval range = WeekGrid.week(filter.monday(), shown);
        List<WeekGrid.Entry> entries = new ArrayList<>(busy(shownHosts, range));
        entries.addAll(windows(filter, shownHosts, range));
        List<Host> loadHosts = loadHosts(filter, allClusters);
        ExpectedLoad.Shade shade = load.shade(loadHosts);
        List<WeekGrid.Day> days = WeekGrid.days(filter.monday(), shown, entries, shade.share(), shade.text());
        String scope = filter.host() != null
                ? "host " + filter.host()
                : filter.cluster() != null || loadHosts.isEmpty()
                        ? "cluster " + filter.cluster()
                        : "cluster " + allClusters.get(0).name() + " (pick a host or cluster to change)";
        if (loadHosts.isEmpty()) {
            scope = "no host chosen";
        }
        Set<String> roles = new TreeSet<>();
        allHosts.stream().map(HostView::role).filter(r -> r != null).forEach(roles::add);
        Response.ResponseBuilder page = Response.ok(Templates.calendar(filter, days, scope, zones(allHosts),
                allClusters, allHosts, roles, problem));
        if (zone != null && !zone.isBlank() && shown.getId().equals(zone.trim())) {
            page.cookie(new NewCookie.Builder(Viewer.ZONE_COOKIE).value(shown.getId()).path("/").maxAge(31_536_000)
                    .httpOnly(true).sameSite(NewCookie.SameSite.LAX).build());
        }
        return page.build();
    }

    private List<WeekGrid.Entry> windows(CalendarFilter filter, List<HostView> shownHosts, Interval range) {
        Set<String> names = new HashSet<>(shownHosts.stream().map(HostView::name).toList());
        var criteria = new ChangeListing.Criteria((ChangeStatus) null, filter.host(), filter.cluster(), range.start(),
                range.end());
        List<WeekGrid.Entry> entries = new ArrayList<>();
        for (ChangeSummary change : changes.list(criteria, 0, 500, viewer.caller()).items()) {
            if (change.hosts().stream().noneMatch(names::contains)
                    || (filter.person() != null && !filter.person().equals(change.requester()))) {
                continue;
            }
            String title = change.title() + " · " + change.status() + " · " + String.join(", ", change.hosts())
                    + " · " + viewer.at(change.window().start()) + " to " + viewer.at(change.window().end());
            entries.add(new WeekGrid.Entry(new Interval(change.window().start(), change.window().end()), "change",
                    "ev st-" + change.status(), change.title(), change.status().name(), title,
                    "/changes/" + change.id()));
        }
        return entries;
    }

    private List<WeekGrid.Entry> busy(List<HostView> shownHosts, Interval range) {
        List<String> names = shownHosts.stream().map(HostView::name).toList();
        List<WeekGrid.Entry> entries = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        for (BusyPeriod period : timeline.busy(names, range, EnumSet.of(BusyKind.BLACKOUT, BusyKind.OUTAGE))) {
            if (!seen.add(period.kind() + period.reference() + period.interval())) {
                continue;
            }
            boolean blackout = period.kind() == BusyKind.BLACKOUT;
            String label = (blackout ? "Blackout: " : "Outage: ") + period.label();
            entries.add(new WeekGrid.Entry(period.interval(), blackout ? "blackout" : "outage",
                    blackout ? "blackout" : "outage", label, period.kind().name(),
                    label + " · " + viewer.at(period.interval().start()) + " to "
                            + viewer.at(period.interval().end()),
                    null));
        }
        return entries;
    }

    private static List<Host> loadHosts(CalendarFilter filter, List<ClusterView> allClusters) {
        if (filter.host() != null) {
            return Host.findByName(filter.host()).stream().toList();
        }
        String cluster = filter.cluster() != null
                ? filter.cluster()
                : allClusters.isEmpty() ? null : allClusters.get(0).name();
        if (cluster == null) {
            return List.of();
        }
        return allClusters.stream().filter(c -> c.name().equals(cluster)).flatMap(c -> c.hosts().stream())
                .map(Host::findByName).flatMap(java.util.Optional::stream).toList();
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
