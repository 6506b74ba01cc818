package dev.lull.change;

import java.util.ArrayList;
import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;

import dev.lull.people.RoleUses;

/** Where the change feature names an approval role: owning teams, approval policies, templates' steps, changes. */
@ApplicationScoped
class ChangeRoleUses implements RoleUses {
    private static final String TEAMS = """
            select 'the owning team of ' || scope_kind || ' ' || scope_name from owning_team
            where role_key = :key order by scope_kind, scope_name limit :limit""";
    private static final String POLICIES = """
            select distinct 'the approval policy of ' || p.scope_kind || ' ' || p.scope_name
            from approval_policy p join approval_policy_rule r on r.policy_id = p.id
            where :key = any(r.roles) order by 1 limit :limit""";
    private static final String TEMPLATES = """
            select distinct 'standard change template ' || t.id || ' (' || t.title || ')'
            from standard_change_template t join standard_change_step s on s.template_id = t.id
            where s.role = :key order by 1 limit :limit""";
    private static final String CHANGES = """
            select 'change ' || c.id || ' (' || c.status || ')' from change_request c
            where :key = any(c.required_roles) or :key = any(c.policy_roles)
               or exists (select 1 from plan_step s where s.change_id = c.id and s.role = :key)
               or exists (select 1 from approval a where a.change_id = c.id and a.role = :key)
            order by c.id desc limit :limit""";
    private final EntityManager entityManager;

    ChangeRoleUses(EntityManager entityManager) {
        this.entityManager = entityManager;
    }

    @Override
    public List<String> of(String key, int limit) {
        List<String> uses = new ArrayList<>();
        for (String query : List.of(TEAMS, POLICIES, TEMPLATES, CHANGES)) {
            if (uses.size() < limit) {
                uses.addAll(phrases(query, key, limit - uses.size()));
            }
        }
        return uses;
    }

    @SuppressWarnings("unchecked")
    private List<String> phrases(String query, String key, int limit) {
        return entityManager.createNativeQuery(query).setParameter("key", key).setParameter("limit", limit)
                .getResultList();
    }
}
