package dev.lull.change;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Collectors;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import dev.lull.inventory.Host;
import dev.lull.platform.ApiProblem;
import dev.lull.platform.Paged;
import dev.lull.platform.QueryValues;
import dev.lull.schedule.BudgetImpact;
import dev.lull.schedule.Conflict;
import dev.lull.schedule.ConflictKind;

/** Builds the CAB agenda of a bounded period, for the API and the console alike. */
@ApplicationScoped
@Transactional(Transactional.TxType.SUPPORTS)
public class ChangeAgenda {
    /** The longest period an agenda covers. */
    public static final Duration MAX_PERIOD = Duration.ofDays(31);
    /** The most changes an agenda shows. */
    public static final int MAX_CHANGES = 200;
    static final Set<ChangeStatus> SHOWN = EnumSet.of(ChangeStatus.ASSESS, ChangeStatus.AUTHORIZE,
            ChangeStatus.SCHEDULED, ChangeStatus.IMPLEMENT, ChangeStatus.REVIEW, ChangeStatus.CLOSED);
    private static final Set<ChangeStatus> UNBOOKED = EnumSet.of(ChangeStatus.ASSESS, ChangeStatus.AUTHORIZE);
    private static final Set<ConflictKind> TIMING = EnumSet.of(ConflictKind.IN_PAST, ConflictKind.TOO_SOON);
    private final Clock clock;
    private final ChangeListing listing;
    private final ScheduleCheck schedule;

    ChangeAgenda(Clock clock, ChangeListing listing, ScheduleCheck schedule) {
        this.clock = clock;
        this.listing = listing;
        this.schedule = schedule;
    }

    /** The submitted changes whose window overlaps {@code [from, to)}, at most {@link #MAX_PERIOD} long. */
    public Agenda of(Instant from, Instant to, Caller caller) {
        QueryValues.requireOrdered(from, to);
        if (Duration.between(from, to).compareTo(MAX_PERIOD) > 0) {
            throw ApiProblem.invalid("to", "the period may last at most " + MAX_PERIOD.toDays() + " days");
        }
        RoleOwners owners = listing.owners();
        Instant now = Instant.now(clock);
        var criteria = new ChangeListing.Criteria(SHOWN, null, null, null, null, null, null, from, to, null);
        Paged<ChangeRequest> found = listing.page(criteria, 0, MAX_CHANGES, owners);
        Map<String, String> zones = zones(found.items());
        Map<LocalDate, List<Agenda.Item>> days = new TreeMap<>();
        for (ChangeRequest change : found.items()) {
            for (Agenda.Item item : items(change, zones, caller, owners, now)) {
                days.computeIfAbsent(item.localStart().toLocalDate(), day -> new ArrayList<>()).add(item);
            }
        }
        return new Agenda(new Agenda.Period(from, to), found.total(), found.total() > found.items().size(),
                days.entrySet().stream().map(day -> new Agenda.Day(day.getKey(), day.getValue())).toList());
    }

    /** One item per time zone of the change's hosts. */
    private List<Agenda.Item> items(ChangeRequest change, Map<String, String> zones, Caller caller,
            RoleOwners owners, Instant now) {
        Map<String, List<String>> hostsByZone = change.hosts.stream().sorted().collect(Collectors.groupingBy(
                host -> zones.getOrDefault(host, "UTC"), TreeMap::new, Collectors.toList()));
        List<BudgetImpact> budget = UNBOOKED.contains(change.status) ? schedule.budgetImpact(change) : List.of();
        List<Conflict> conflicts = conflicts(change, now);
        List<OwnerView> teams = OwningTeams.of(change.hosts);
        Set<ChangeAction> allowed = ChangePermissions.allowed(change, caller, owners, now);
        return hostsByZone.entrySet().stream().map(zone -> new Agenda.Item(change.id, change.title, change.type,
                change.status, change.risk, change.requester, zone.getKey(), zone.getValue(),
                new WindowBody(change.windowStart, change.windowEnd),
                change.windowStart.atZone(ZoneId.of(zone.getKey())).toOffsetDateTime(),
                change.windowEnd.atZone(ZoneId.of(zone.getKey())).toOffsetDateTime(), ApprovalSummary.of(change),
                change.approvals.stream().map(ApprovalView::of).toList(), teams, conflicts, budget, allowed))
                .toList();
    }

    /**
     * What booking the window would run into now (its own booked window left out). A booked change is past its
     * notice, so timing is not asked of it; started ones are not checked.
     */
    private List<Conflict> conflicts(ChangeRequest change, Instant now) {
        if (UNBOOKED.contains(change.status)) {
            return schedule.conflicts(change, change.window(), now);
        }
        if (change.status != ChangeStatus.SCHEDULED) {
            return List.of();
        }
        return schedule.conflicts(change, change.window(), now).stream()
                .filter(conflict -> !TIMING.contains(conflict.kind())).toList();
    }

    /** The IANA time zone of each host by name. */
    private static Map<String, String> zones(List<ChangeRequest> changes) {
        Set<String> hosts = changes.stream().flatMap(change -> change.hosts.stream()).collect(Collectors.toSet());
        if (hosts.isEmpty()) {
            return Map.of();
        }
        return Host.<Host>list("name in ?1", hosts).stream()
                .collect(Collectors.toMap(host -> host.name, host -> host.timeZone));
    }
}
