package dev.lull.change;

import java.util.Collection;
import java.util.List;
import java.util.OptionalDouble;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;

import dev.lull.schedule.Interval;

/** Load history for a review: messages in a window, and the mean of the same window in earlier weeks. */
@ApplicationScoped
public class ObservedLoad {
    private static final String WEEKLY_TOTALS = """
            select w.n, coalesce(sum(l.total), 0), count(l.hour)
            from generate_series(0, ?1) as w(n)
            left join load_hourly l
              on l.hour >= date_trunc('hour', cast(?2 as timestamptz)) - w.n * interval '7 days'
             and l.hour < cast(?3 as timestamptz) - w.n * interval '7 days'
             and l.host_id in (select h.id from host h where h.name in (?4))
            group by w.n order by w.n
            """;
    private final EntityManager entityManager;
    private final ChangeConfig config;

    ObservedLoad(EntityManager entityManager, ChangeConfig config) {
        this.entityManager = entityManager;
        this.config = config;
    }

    /** Observed and expected load of the hosts in the window, each absent without history. */
    LoadComparisonParts compare(Collection<String> hosts, Interval window) {
        @SuppressWarnings("unchecked")
        List<Object[]> rows = entityManager.createNativeQuery(WEEKLY_TOTALS)
                .setParameter(1, config.reviewWeeks()).setParameter(2, window.start())
                .setParameter(3, window.end()).setParameter(4, List.copyOf(hosts)).getResultList();
        Double observed = null;
        OptionalDouble expected = rows.stream().skip(1)
                .filter(row -> ((Number) row[2]).longValue() > 0)
                .mapToDouble(row -> ((Number) row[1]).doubleValue()).average();
        if (!rows.isEmpty() && ((Number) rows.get(0)[2]).longValue() > 0) {
            observed = ((Number) rows.get(0)[1]).doubleValue();
        }
        return new LoadComparisonParts(expected.isPresent() ? expected.getAsDouble() : null, observed);
    }

    /** Expected and observed messages, each null when no history covers it. */
    record LoadComparisonParts(Double expected, Double observed) {
    }
}
