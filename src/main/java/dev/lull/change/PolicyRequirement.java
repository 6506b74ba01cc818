package dev.lull.change;

import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;

/**
 * The roles a change must be approved by under the policies of its hosts and their clusters: the union of every
 * rule that applies, whichever scope it comes from (a host's policy adds to its cluster's, never removes from it).
 */
public final class PolicyRequirement {

    /** The rules of one scope, e.g. {@code "cluster mbox"}. */
    public record Scoped(String scope, List<PolicyRule> rules) {
    }

    private PolicyRequirement() {
    }

    /** Each required role with the scopes requiring it, roles in order of first appearance. */
    public static Map<String, List<String>> roles(Collection<Scoped> policies, ChangeType type, Risk risk) {
        Map<String, TreeSet<String>> required = new LinkedHashMap<>();
        for (Scoped policy : policies) {
            policy.rules().stream().filter(rule -> rule.applies(type, risk)).flatMap(rule -> rule.roles().stream())
                    .forEach(role -> required.computeIfAbsent(role, any -> new TreeSet<>()).add(policy.scope()));
        }
        Map<String, List<String>> roles = new LinkedHashMap<>();
        required.forEach((role, scopes) -> roles.put(role, new ArrayList<>(scopes)));
        return roles;
    }

    /** The roles of a round: the requested ones (or, none requested, the plan's), then the policy's not yet in. */
    public static List<String> union(Collection<String> requested, Plan plan, Collection<String> policyRoles) {
        Collection<String> base = requested == null || requested.isEmpty() ? plan.roles() : requested;
        List<String> roles = new ArrayList<>(base.stream().distinct().toList());
        policyRoles.stream().filter(role -> !roles.contains(role)).distinct().forEach(roles::add);
        return roles;
    }
}
