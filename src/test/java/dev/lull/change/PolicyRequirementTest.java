package dev.lull.change;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.DisplayNameGeneration;
import org.junit.jupiter.api.DisplayNameGenerator;
import org.junit.jupiter.api.Test;

@DisplayNameGeneration(DisplayNameGenerator.ReplaceUnderscores.class)
class PolicyRequirementTest {
    private static final PolicyRequirement.Scoped CLUSTER = new PolicyRequirement.Scoped("cluster mbox", List.of(
            new PolicyRule(ChangeType.NORMAL, Set.of(Risk.HIGH), List.of("database-admin")),
            new PolicyRule(ChangeType.NORMAL, Set.of(), List.of("it-operations"))));
    private static final PolicyRequirement.Scoped HOST = new PolicyRequirement.Scoped("host mbox-01", List.of(
            new PolicyRule(ChangeType.NORMAL, Set.of(Risk.MEDIUM, Risk.HIGH), List.of("it-operations",
                    "application-admin"))));

    @Test
    void the_rules_of_the_cluster_and_of_the_host_add_up_and_each_role_names_who_requires_it() {
        assertThat(PolicyRequirement.roles(List.of(CLUSTER, HOST), ChangeType.NORMAL, Risk.HIGH)).containsExactly(
                Map.entry("database-admin", List.of("cluster mbox")),
                Map.entry("it-operations", List.of("cluster mbox", "host mbox-01")),
                Map.entry("application-admin", List.of("host mbox-01")));
    }

    @Test
    void a_rule_applies_only_to_its_type_and_risks_and_an_unknown_risk_matches_every_rule() {
        assertThat(PolicyRequirement.roles(List.of(CLUSTER, HOST), ChangeType.NORMAL, Risk.LOW).keySet())
                .containsExactly("it-operations");
        assertThat(PolicyRequirement.roles(List.of(CLUSTER, HOST), ChangeType.EMERGENCY, Risk.HIGH)).isEmpty();
        assertThat(PolicyRequirement.roles(List.of(CLUSTER), ChangeType.NORMAL, null).keySet())
                .containsExactly("database-admin", "it-operations");
    }

    @Test
    void the_policy_roles_join_the_requested_ones_and_can_only_add_to_them() {
        Plan plan = Plan.of(new PlanStep("patch", "database-admin", Duration.ofHours(1)));
        assertThat(PolicyRequirement.union(List.of("application-admin"), plan, List.of("it-operations",
                "application-admin"))).containsExactly("application-admin", "it-operations");
        assertThat(PolicyRequirement.union(List.of(), plan, List.of("it-operations")))
                .containsExactly("database-admin", "it-operations");
    }
}
