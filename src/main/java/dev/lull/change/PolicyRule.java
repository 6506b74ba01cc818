package dev.lull.change;

import java.util.EnumSet;
import java.util.List;
import java.util.Set;

/**
 * One rule of an approval policy: changes of this type and of one of these risks (none listed: any risk) need these
 * roles' approval. A change whose risk is not given matches a rule of any risk.
 */
public record PolicyRule(ChangeType type, Set<Risk> risks, List<String> roles) {
    public PolicyRule {
        risks = risks.isEmpty() ? Set.of() : Set.copyOf(EnumSet.copyOf(risks));
        roles = roles.stream().distinct().toList();
    }

    /** Whether a change of this type and risk must be approved by this rule's roles. */
    public boolean applies(ChangeType changeType, Risk risk) {
        return type == changeType && (risks.isEmpty() || risk == null || risks.contains(risk));
    }
}
