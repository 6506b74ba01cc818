package dev.lull.servicelevel;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;

import io.quarkus.scheduler.Scheduled;

import dev.lull.platform.AdvisoryLocks;
import dev.lull.platform.ApiNumbers;
import dev.lull.platform.Notice;
import dev.lull.platform.NoticeType;
import dev.lull.schedule.Interval;

/** Raises {@code availability.budget-low} once when a service level's remaining budget falls under a share of it. */
@ApplicationScoped
public class BudgetWatch {
    private static final long LOCK_KEY = 0x4c756c6c42756467L;
    private final Clock clock;
    private final Scopes scopes;
    private final AvailabilityLedger ledger;
    private final ServiceLevelConfig config;
    private final Event<Notice> notices;
    private final EntityManager entityManager;

    BudgetWatch(Clock clock, Scopes scopes, AvailabilityLedger ledger, ServiceLevelConfig config, Event<Notice> notices,
            EntityManager entityManager) {
        this.clock = clock;
        this.scopes = scopes;
        this.ledger = ledger;
        this.config = config;
        this.notices = notices;
        this.entityManager = entityManager;
    }

    @Scheduled(identity = "budget-watch", every = "{lull.servicelevel.budget-check-every}", concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void scheduled() {
        check();
    }

    /** Checks every service level once; a replica that finds another one checking skips. Returns notices raised. */
    @Transactional
    public int check() {
        if (!AdvisoryLocks.tryTransactionLock(LOCK_KEY)) {
            return 0;
        }
        Instant now = clock.instant();
        int raised = 0;
        Map<Long, Instant> lowSince = lowSince();
        for (ServiceLevel level : ServiceLevel.<ServiceLevel>listAll()) {
            AvailabilityView view = report(level, now);
            Duration left = view.budgetRemaining().minus(view.budgetOverrun());
            boolean low = left.toSeconds() < config.budgetLowShare() * view.budget().toSeconds();
            Instant since = lowSince.get(level.id);
            if (low && since == null) {
                mark(level, now);
                notices.fire(new Notice(NoticeType.AVAILABILITY_BUDGET_LOW, data(view)));
                raised++;
            } else if (!low && since != null) {
                mark(level, null);
            }
        }
        return raised;
    }

    private AvailabilityView report(ServiceLevel level, Instant now) {
        Scope scope = level.cluster != null ? scopes.of(level.cluster) : scopes.of(level.host);
        Target target = level.target();
        Interval period = AvailabilityMath.periodEnding(now, target.period(), scope.zone());
        return ledger.report(scope, Optional.of(target), period);
    }

    /** Since when each level whose budget is low has been, by id. */
    private Map<Long, Instant> lowSince() {
        Map<Long, Instant> since = new HashMap<>();
        List<?> rows = entityManager
                .createNativeQuery("select id, budget_low_since from service_level where budget_low_since is not null")
                .getResultList();
        for (Object row : rows) {
            Object[] columns = (Object[]) row;
            since.put(((Number) columns[0]).longValue(), instant(columns[1]));
        }
        return since;
    }

    private static Instant instant(Object value) {
        return value instanceof Instant instant
                ? instant
                : value instanceof Timestamp timestamp ? timestamp.toInstant() : null;
    }

    /** Written without touching the row's version: the service level's ETag stays what its owner last saw. */
    private void mark(ServiceLevel level, Instant since) {
        entityManager.createNativeQuery("update service_level set budget_low_since = ?1 where id = ?2")
                .setParameter(1, since).setParameter(2, level.id).executeUpdate();
    }

    private static Map<String, Object> data(AvailabilityView view) {
        Map<String, Object> data = new LinkedHashMap<>();
        data.put("scope", view.scope());
        data.put("name", view.name());
        data.put("availabilityTarget", ApiNumbers.availability(view.availabilityTarget()));
        data.put("achieved", ApiNumbers.availability(view.achieved()));
        data.put("budget", ApiNumbers.seconds(view.budget()).toString());
        data.put("budgetRemaining", ApiNumbers.seconds(view.budgetRemaining()).toString());
        data.put("budgetOverrun", ApiNumbers.seconds(view.budgetOverrun()).toString());
        data.put("period", Map.of("from", view.period().from().toString(), "to", view.period().to().toString()));
        return data;
    }
}
