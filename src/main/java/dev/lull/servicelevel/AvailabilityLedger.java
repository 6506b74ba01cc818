package dev.lull.servicelevel;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import dev.lull.schedule.BudgetImpact;
import dev.lull.schedule.DowntimeBudget;
import dev.lull.schedule.Interval;

/**
 * Accounts availability against service levels: reports what a scope achieved over a period, and (as the
 * schedule's {@link DowntimeBudget}) what a planned window would cost every service level it touches.
 */
@ApplicationScoped
@Transactional(Transactional.TxType.SUPPORTS)
public class AvailabilityLedger implements DowntimeBudget {
    private final Clock clock;
    private final Scopes scopes;
    private final DowntimeRecords records;

    AvailabilityLedger(Clock clock, Scopes scopes, DowntimeRecords records) {
        this.clock = clock;
        this.scopes = scopes;
        this.records = records;
    }

    /** The scope's availability over {@code period}, which must start before now. */
    public AvailabilityView report(Scope scope, Optional<Target> target, Interval period) {
        Instant now = clock.instant();
        Interval observed = new Interval(period.start(), earlier(period.end(), now));
        DowntimeSplit split = AvailabilityMath.split(scope, records.had(scope.hosts(), observed, now), observed);
        Double goal = target.map(Target::availability).orElse(null);
        Duration budget = target.map(t -> AvailabilityMath.budget(t.availability(), period.length())).orElse(null);
        return AvailabilityView.of(scope.kind(), scope.name(), goal,
                AvailabilityMath.achieved(split.total(), observed.length()), split.planned(), split.unplanned(),
                budget, budget == null ? null : budget.minus(split.total()),
                new AvailabilityView.PeriodView(period.start(), period.end(), observed.end(), period.length(),
                        scope.zone().getId()));
    }

    @Override
    public boolean covers(Collection<String> hosts) {
        return !hosts.isEmpty() && ServiceLevel.anyCovering(hosts);
    }

    @Override
    public Set<String> covered(Collection<String> hosts) {
        return hosts.isEmpty() ? Set.of() : ServiceLevel.covered(hosts);
    }

    /**
     * For each host among {@code hosts} and each cluster of theirs with a service level: the cost of the window
     * over the service level's period ending when the window ends, on top of the downtime had there up to now
     * and the change windows booked from now on (but those in {@code replaced}).
     */
    @Override
    public List<BudgetImpact> impactOf(Collection<String> hosts, Interval window, Set<String> replaced) {
        Instant now = clock.instant();
        return scopes.covering(hosts).stream()
                .map(commitment -> impact(commitment, hosts, window, replaced, now))
                .toList();
    }

    private BudgetImpact impact(Commitment commitment, Collection<String> hosts, Interval window,
            Set<String> replaced, Instant now) {
        Scope scope = commitment.scope();
        Interval period = AvailabilityMath.periodEnding(window.end(), commitment.target().period(), scope.zone());
        Downtime known = Downtime.none();
        if (period.start().isBefore(now)) {
            known = records.had(scope.hosts(), new Interval(period.start(), earlier(period.end(), now)), now);
        }
        if (now.isBefore(period.end())) {
            known = known.plus(records.booked(scope.hosts(), new Interval(later(period.start(), now), period.end()),
                    replaced));
        }
        return AvailabilityMath.impact(scope, commitment.target(), known, hosts, window, period);
    }

    private static Instant earlier(Instant a, Instant b) {
        return a.isBefore(b) ? a : b;
    }

    private static Instant later(Instant a, Instant b) {
        return a.isAfter(b) ? a : b;
    }
}
