package dev.lull.change;

import java.time.Instant;
import java.util.List;
import java.util.Locale;

/** An approval policy of a cluster or a host ({@code scope} CLUSTER or HOST). */
public record PolicyView(String scope, String name, List<PolicyBody.Rule> rules, String updatedBy,
        Instant updatedAt) {

    static PolicyView of(ApprovalPolicy policy) {
        List<PolicyBody.Rule> rules = policy.rules.stream().map(PolicyRuleRow::rule)
                .map(rule -> new PolicyBody.Rule(rule.type(), rule.risks().stream().sorted().toList(), rule.roles()))
                .toList();
        return new PolicyView(policy.scopeKind.toUpperCase(Locale.ROOT), policy.scopeName, rules, policy.updatedBy,
                policy.updatedAt);
    }
}
