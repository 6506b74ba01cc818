package dev.lull.change;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import io.quarkus.hibernate.orm.panache.PanacheQuery;
import io.quarkus.panache.common.Sort;

import dev.lull.inventory.HostCatalog;
import dev.lull.people.RoleDirectory;
import dev.lull.platform.Paged;

/**
 * Finds change requests by status, host, cluster, role, who must decide, who requested and window, a page at a time
 * (each with the caller's allowed actions) or all at once.
 */
@ApplicationScoped
@Transactional(Transactional.TxType.SUPPORTS)
public class ChangeListing {
    /** The actions by which a person decides on a change. */
    private static final Set<ChangeAction> DECISIONS = EnumSet.of(ChangeAction.APPROVE, ChangeAction.REJECT,
            ChangeAction.AUTHORIZE, ChangeAction.REJECT_AUTHORIZATION);
    private final Clock clock;
    private final RoleDirectory roles;

    ChangeListing(Clock clock, RoleDirectory roles) {
        this.clock = clock;
        this.roles = roles;
    }

    /**
     * The criteria of a listing; every one may be null (an empty {@code statuses}: any). {@code role}: the role is
     * required or owns a plan step; {@code awaiting}: the person may approve or authorize it now; {@code stepsOf}:
     * it is being implemented and the person owns a step not yet done; {@code plan}: it was booked from that plan;
     * {@code involving}: the person requested it, owns a role that decides on it or a plan step's role, or decided it.
     */
    public record Criteria(Set<ChangeStatus> statuses, String host, String cluster, String role, String awaiting,
            String requester, String stepsOf, Instant from, Instant to, UUID plan, String involving) {
        public Criteria {
            statuses = statuses == null || statuses.isEmpty() ? Set.of() : Set.copyOf(statuses);
        }

        public Criteria(Set<ChangeStatus> statuses, String host, String cluster, String role, String awaiting,
                String requester, String stepsOf, Instant from, Instant to, UUID plan) {
            this(statuses, host, cluster, role, awaiting, requester, stepsOf, from, to, plan, null);
        }

        public Criteria(ChangeStatus status, String host, String cluster, Instant from, Instant to) {
            this(status == null ? Set.of() : EnumSet.of(status), host, cluster, null, null, null, null, from, to,
                    null, null);
        }

        /** The same criteria, keeping only the changes that involve {@code person} (null: everyone's). */
        public Criteria involving(String person) {
            return new Criteria(statuses, host, cluster, role, awaiting, requester, stepsOf, from, to, plan, person);
        }
    }

    public Paged<ChangeSummary> list(Criteria criteria, int page, int size, Caller caller) {
        RoleOwners owners = owners();
        Instant now = Instant.now(clock);
        return summaries(page(criteria, page, size, owners), caller, owners, now);
    }

    /** One page of the matching changes themselves. */
    Paged<ChangeRequest> page(Criteria criteria, int page, int size, RoleOwners owners) {
        var found = query(criteria, owners);
        return new Paged<>(found.page(Paged.window(page, size)).list(), page, size, found.count());
    }

    /** The page's changes as the caller sees them in a listing; their hosts' time zones are read once per page. */
    static Paged<ChangeSummary> summaries(Paged<ChangeRequest> changes, Caller caller, RoleOwners owners, Instant now) {
        Map<String, ZoneId> zones = HostCatalog.zones(changes.items().stream().flatMap(c -> c.hosts.stream()).toList());
        return changes.map(change -> ChangeSummary.of(change, zones, ChangePermissions.allowed(change, caller, owners,
                now)));
    }

    /** Every change matching the criteria, by window start then id. */
    public List<ChangeRequest> find(Criteria criteria) {
        return query(criteria, owners()).list();
    }

    RoleOwners owners() {
        return new RoleOwners(roles.ownersByRole());
    }

    private static PanacheQuery<ChangeRequest> query(Criteria criteria, RoleOwners owners) {
        StringBuilder query = new StringBuilder("from ChangeRequest c where 1 = 1");
        Map<String, Object> params = new HashMap<>();
        if (!criteria.statuses().isEmpty()) {
            query.append(" and c.status in :statuses");
            params.put("statuses", criteria.statuses());
        }
        if (criteria.host() != null) {
            query.append(" and :host member of c.hosts");
            params.put("host", criteria.host());
        }
        if (criteria.cluster() != null) {
            query.append(
                    " and exists (select 1 from Host h where h.cluster.name = :cluster and h.name member of c.hosts)");
            params.put("cluster", criteria.cluster());
        }
        if (criteria.role() != null) {
            query.append(" and (array_contains(c.requiredRoles, :role) or array_contains(c.policyRoles, :role)"
                    + " or exists (select 1 from ChangeRequest r join r.approvals a where r = c and a.role = :role)"
                    + " or exists (select 1 from ChangeRequest s join s.steps t where s = c and t.role = :role))");
            params.put("role", criteria.role());
        }
        if (criteria.awaiting() != null) {
            awaiting(query, params, criteria.awaiting(), owners);
        }
        if (criteria.requester() != null) {
            query.append(" and c.requester = :requester");
            params.put("requester", criteria.requester());
        }
        if (criteria.stepsOf() != null) {
            query.append(" and c.status = :implementing and exists (select 1 from ChangeRequest s join s.steps t"
                    + " where s = c and t.doneBy is null and t.role in :stepRoles)");
            params.put("implementing", ChangeStatus.IMPLEMENT);
            params.put("stepRoles", rolesOrNone(owners.ownedBy(criteria.stepsOf())));
        }
        if (criteria.involving() != null) {
            involving(query, params, criteria.involving(), owners);
        }
        if (criteria.plan() != null) {
            query.append(" and c.planId = :plan");
            params.put("plan", criteria.plan());
        }
        if (criteria.from() != null) {
            query.append(" and c.windowEnd > :from");
            params.put("from", criteria.from());
        }
        if (criteria.to() != null) {
            query.append(" and c.windowStart < :to");
            params.put("to", criteria.to());
        }
        return ChangeRequest.find(query.toString(), Sort.by("c.windowStart").and("c.id"), params);
    }

    /**
     * Changes the person may decide now, as {@link Approvals#canDecide} and {@link Approvals#mayAuthorize} say, in
     * SQL so pages stay exact: not their own; in ASSESS with a pending role they own and no decision of theirs in
     * the round; or in AUTHORIZE when they own the change-manager role and approved nothing in the round.
     */
    private static void awaiting(StringBuilder query, Map<String, Object> params, String person, RoleOwners owners) {
        query.append(" and c.requester <> :person and ((c.status = :assess and exists (select 1 from ChangeRequest r"
                + " join r.approvals a where r = c and a.state = :pending and a.role in :owned)"
                + " and not exists (select 1 from ChangeRequest d join d.approvals b where d = c"
                + " and b.decidedBy = :person))");
        if (owners.owns(person, Approvals.CHANGE_MANAGER)) {
            query.append(" or (c.status = :authorize and not exists (select 1 from ChangeRequest d"
                    + " join d.approvals b where d = c and b.decidedBy = :person and b.state = :approved))");
            params.put("authorize", ChangeStatus.AUTHORIZE);
            params.put("approved", ApprovalState.APPROVED);
        }
        query.append(')');
        params.put("person", person);
        params.put("assess", ChangeStatus.ASSESS);
        params.put("pending", ApprovalState.PENDING);
        params.put("owned", rolesOrNone(owners.ownedBy(person)));
    }

    /**
     * Changes that involve the person: they requested it; own a role it asks (required, added by a policy, in its
     * approval round) or a plan step's role; or decided on it (an approval of this round, or an approval or
     * authorization in its history).
     */
    private static void involving(StringBuilder query, Map<String, Object> params, String person,
            RoleOwners owners) {
        query.append(" and (c.requester = :involved");
        List<String> owned = List.copyOf(owners.ownedBy(person));
        for (int i = 0; i < owned.size(); i++) {
            query.append(" or array_contains(c.requiredRoles, :ownedRole").append(i)
                    .append(") or array_contains(c.policyRoles, :ownedRole").append(i).append(')');
            params.put("ownedRole" + i, owned.get(i));
        }
        query.append(" or exists (select 1 from ChangeRequest r join r.approvals a where r = c"
                + " and (a.role in :involvedRoles or a.decidedBy = :involved))"
                + " or exists (select 1 from ChangeRequest s join s.steps t where s = c and t.role in :involvedRoles)"
                + " or exists (select 1 from ChangeHistoryEntry e where e.changeId = c.id and e.actor = :involved"
                + " and e.refusal is null and e.action in :decisions))");
        params.put("involved", person);
        params.put("involvedRoles", rolesOrNone(Set.copyOf(owned)));
        params.put("decisions", DECISIONS);
    }

    private static Set<String> rolesOrNone(Set<String> roles) {
        return roles.isEmpty() ? Set.of("") : roles;
    }
}
