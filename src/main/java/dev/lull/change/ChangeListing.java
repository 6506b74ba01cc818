package dev.lull.change;

import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import io.quarkus.hibernate.orm.panache.PanacheQuery;
import io.quarkus.panache.common.Sort;

import dev.lull.platform.Paged;

/** Finds change requests by status, host, cluster and window, a page at a time or all at once. */
@ApplicationScoped
@Transactional(Transactional.TxType.SUPPORTS)
public class ChangeListing {

    /** The criteria of a listing; every one may be null. {@code plan} finds the changes booked from one plan. */
    public record Criteria(ChangeStatus status, String host, String cluster, Instant from, Instant to, UUID plan) {
        public Criteria(ChangeStatus status, String host, String cluster, Instant from, Instant to) {
            this(status, host, cluster, from, to, null);
        }
    }

    public Paged<ChangeSummary> list(Criteria criteria, int page, int size) {
        var found = query(criteria);
        List<ChangeSummary> items = found.page(Paged.window(page, size)).list().stream().map(ChangeSummary::of)
                .toList();
        return new Paged<>(items, page, size, found.count());
    }

    /** Every change matching the criteria, by window start then id. */
    public List<ChangeRequest> find(Criteria criteria) {
        return query(criteria).list();
    }

    private static PanacheQuery<ChangeRequest> query(Criteria criteria) {
        StringBuilder query = new StringBuilder("1 = 1");
        Map<String, Object> params = new HashMap<>();
        if (criteria.status() != null) {
            query.append(" and status = :status");
            params.put("status", criteria.status());
        }
        if (criteria.host() != null) {
            query.append(" and :host member of hosts");
            params.put("host", criteria.host());
        }
        if (criteria.cluster() != null) {
            query.append(
                    " and exists (select 1 from Host h where h.cluster.name = :cluster and h.name member of hosts)");
            params.put("cluster", criteria.cluster());
        }
        if (criteria.plan() != null) {
            query.append(" and planId = :plan");
            params.put("plan", criteria.plan());
        }
        if (criteria.from() != null) {
            query.append(" and windowEnd > :from");
            params.put("from", criteria.from());
        }
        if (criteria.to() != null) {
            query.append(" and windowStart < :to");
            params.put("to", criteria.to());
        }
        return ChangeRequest.find(query.toString(), Sort.by("windowStart").and("id"), params);
    }
}
