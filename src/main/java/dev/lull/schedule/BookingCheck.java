package dev.lull.schedule;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Instance;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;

/**
 * Reads what {@link BookingRules} need from the timeline, the inventory and the downtime budgets, so that booking
 * and proposals check windows the same way: bookings one at a time (under a lock), proposals for a whole period.
 */
@ApplicationScoped
@Transactional(Transactional.TxType.SUPPORTS)
public class BookingCheck {
    private static final long BOOKING_LOCK = 0x4c756c6c;
    private final Timeline timeline;
    private final Instance<DowntimeBudget> budgets;
    private final EntityManager entityManager;
    private final ScheduleConfig config;

    BookingCheck(Timeline timeline, Instance<DowntimeBudget> budgets, EntityManager entityManager,
            ScheduleConfig config) {
        this.timeline = timeline;
        this.budgets = budgets;
        this.entityManager = entityManager;
        this.config = config;
    }

    /** The minimum notice per kind of work ({@code lull.schedule.minimum-notice.*}). */
    public MinimumNotice notice() {
        return new MinimumNotice(config.minimumNotice().normal(), config.minimumNotice().standard(),
                config.minimumNotice().emergency());
    }

    /** Takes the booking lock for the rest of the transaction: one booking is checked and made at a time. */
    public void lock() {
        entityManager.createNativeQuery("select count(*) from (select pg_advisory_xact_lock(?1)) booking")
                .setParameter(1, BOOKING_LOCK).getSingleResult();
    }

    /**
     * What windows of {@code hosts} within {@code range} are checked against: the blackouts on them, the booked work
     * on them and on the other members of their clusters, and those clusters' limits.
     */
    public BookingContext context(Collection<String> hosts, Interval range) {
        return clusterContext(hosts, range).of(hosts);
    }

    /**
     * The same for the hosts and every other member of their clusters at once, the blackouts on any of them
     * included: what {@link #context} gives for any of them is {@link BookingContext#of} this one, so the hosts of
     * one cluster can share it.
     */
    public BookingContext clusterContext(Collection<String> hosts, Interval range) {
        List<ClusterLimit> clusters = clusters(hosts);
        Set<String> relevant = new HashSet<>(hosts);
        clusters.forEach(cluster -> relevant.addAll(cluster.hosts()));
        List<BusyPeriod> busy = timeline.busy(relevant, range, EnumSet.of(BusyKind.BLACKOUT, BusyKind.CHANGE));
        return new BookingContext(blackouts(busy, relevant), booked(busy), clusters);
    }

    /** The conflicts of the booking, with the downtime budgets it would break when {@code budget} is asked. */
    public List<Conflict> conflicts(Booking booking, BookingContext context, Instant now, boolean budget) {
        List<Conflict> conflicts = new ArrayList<>(BookingRules.find(booking, context, now));
        if (budget) {
            conflicts.addAll(BookingRules.overBudget(impacts(booking)));
        }
        return conflicts;
    }

    /** What the booking's window would cost each downtime budget, not counting its own booked window. */
    public List<BudgetImpact> impacts(Booking booking) {
        Set<String> replaced = booking.self() < 0 ? Set.of() : Set.of(String.valueOf(booking.self()));
        return budgets.stream().flatMap(b -> b.impactOf(booking.hosts(), booking.window(), replaced).stream())
                .toList();
    }

    /** Whether any downtime budget covers these hosts or their clusters. */
    public boolean budgeted(Collection<String> hosts) {
        return budgets.stream().anyMatch(budget -> budget.covers(hosts));
    }

    private static List<BlackoutWindow> blackouts(List<BusyPeriod> busy, Collection<String> hosts) {
        Map<List<Object>, BusyPeriod> first = new LinkedHashMap<>();
        Map<List<Object>, Set<String>> frozen = new HashMap<>();
        busy.stream().filter(p -> p.kind() == BusyKind.BLACKOUT && hosts.contains(p.host())).forEach(p -> {
            List<Object> key = List.of(p.reference(), p.interval());
            first.putIfAbsent(key, p);
            frozen.computeIfAbsent(key, k -> new HashSet<>()).add(p.host());
        });
        return first.entrySet().stream().map(e -> new BlackoutWindow(e.getValue().label(), frozen.get(e.getKey()),
                e.getValue().interval())).toList();
    }

    private static List<BookedWork> booked(List<BusyPeriod> busy) {
        Map<String, BusyPeriod> first = new LinkedHashMap<>();
        Map<String, Set<String>> hosts = new HashMap<>();
        busy.stream().filter(p -> p.kind() == BusyKind.CHANGE).forEach(p -> {
            first.putIfAbsent(p.reference(), p);
            hosts.computeIfAbsent(p.reference(), k -> new HashSet<>()).add(p.host());
        });
        return first.entrySet().stream().map(e -> new BookedWork(Long.parseLong(e.getKey()), e.getValue().label(),
                hosts.get(e.getKey()), e.getValue().interval())).toList();
    }

    /** The clusters of these hosts with all their members, read in one query. */
    private List<ClusterLimit> clusters(Collection<String> hosts) {
        if (hosts.isEmpty()) {
            return List.of();
        }
        List<Object[]> rows = entityManager.createQuery("select c.name, c.minAvailable, h.name from Host h "
                + "join h.cluster c where c in (select m.cluster from Host m where m.name in ?1) order by c.name",
                Object[].class).setParameter(1, hosts).getResultList();
        Map<String, Integer> minimums = new LinkedHashMap<>();
        Map<String, Set<String>> members = new HashMap<>();
        for (Object[] row : rows) {
            minimums.put((String) row[0], (Integer) row[1]);
            members.computeIfAbsent((String) row[0], key -> new HashSet<>()).add((String) row[2]);
        }
        return minimums.entrySet().stream()
                .map(entry -> new ClusterLimit(entry.getKey(), entry.getValue(), members.get(entry.getKey())))
                .toList();
    }
}
