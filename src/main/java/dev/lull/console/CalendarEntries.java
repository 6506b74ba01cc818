package dev.lull.console;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;

import jakarta.enterprise.context.ApplicationScoped;

import dev.lull.change.ChangeListing;
import dev.lull.change.ChangeStatus;
import dev.lull.change.ChangeSummary;
import dev.lull.inventory.ClusterView;
import dev.lull.inventory.Host;
import dev.lull.inventory.HostView;
import dev.lull.people.PersonDirectory;
import dev.lull.people.PersonView;
import dev.lull.people.RoleDirectory;
import dev.lull.schedule.BusyKind;
import dev.lull.schedule.BusyPeriod;
import dev.lull.schedule.Interval;
import dev.lull.schedule.Timeline;

/**
 * What the calendar draws for a filter and a span of time: the change windows (those involving the chosen person,
 * as {@link ChangeListing} decides), blackouts and outages of the hosts shown, the hosts whose load shades it, and
 * the people to pick from.
 */
@ApplicationScoped
public class CalendarEntries {
    private final ChangeListing changes;
    private final Timeline timeline;
    private final PersonDirectory people;
    private final RoleDirectory roles;
    private final Viewer viewer;

    CalendarEntries(ChangeListing changes, Timeline timeline, PersonDirectory people, RoleDirectory roles,
            Viewer viewer) {
        this.changes = changes;
        this.timeline = timeline;
        this.people = people;
        this.roles = roles;
        this.viewer = viewer;
    }

    /** Change windows, blackouts and outages of the shown hosts within {@code range}. */
    List<WeekGrid.Entry> in(CalendarFilter filter, List<HostView> shownHosts, Interval range) {
        List<WeekGrid.Entry> entries = new ArrayList<>(busy(shownHosts, range));
        entries.addAll(windows(filter, shownHosts, range));
        return entries;
    }

    /** The people to filter by: the directory's profiles and every approval role owner, by username. */
    Map<String, String> people() {
        Map<String, String> names = new TreeMap<>();
        roles.ownersByRole().values().forEach(owners -> owners.forEach(owner -> names.put(owner, owner)));
        for (PersonView person : people.list(0, 500).items()) {
            names.put(person.username(), person.displayName() + " (" + person.username() + ")");
        }
        names.putIfAbsent(viewer.username(), viewer.username());
        return names;
    }

    /** The hosts whose expected load shades the calendar: the host, else the cluster, else the first cluster. */
    static List<Host> loadHosts(CalendarFilter filter, List<ClusterView> allClusters) {
        if (filter.host() != null) {
            return Host.findByName(filter.host()).stream().toList();
        }
        String cluster = filter.cluster() != null
                ? filter.cluster()
                : allClusters.isEmpty() ? null : allClusters.get(0).name();
        return allClusters.stream().filter(c -> c.name().equals(cluster)).flatMap(c -> c.hosts().stream())
                .map(Host::findByName).flatMap(Optional::stream).toList();
    }

    private List<WeekGrid.Entry> windows(CalendarFilter filter, List<HostView> shownHosts, Interval range) {
        Set<String> names = new HashSet<>(shownHosts.stream().map(HostView::name).toList());
        var criteria = new ChangeListing.Criteria((ChangeStatus) null, filter.host(), filter.cluster(), range.start(),
                range.end()).involving(filter.person());
        List<WeekGrid.Entry> entries = new ArrayList<>();
        for (ChangeSummary change : changes.list(criteria, 0, 500, viewer.caller()).items()) {
            if (change.hosts().stream().noneMatch(names::contains)) {
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
}
