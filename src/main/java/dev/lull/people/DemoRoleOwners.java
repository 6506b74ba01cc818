package dev.lull.people;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.transaction.Transactional;

import io.quarkus.arc.profile.IfBuildProfile;
import io.quarkus.runtime.StartupEvent;

/** Dev and test only: gives the seeded approval roles the demo users as owners, where a role has none. */
@ApplicationScoped
@IfBuildProfile(anyOf = {"dev", "test"})
public class DemoRoleOwners {
    private static final Map<String, List<String>> OWNERS = Map.of(
            "domain-admin", List.of("admin"),
            "database-admin", List.of("dba"),
            "infrastructure-admin", List.of("infra"),
            "application-admin", List.of("appadmin"),
            "it-operations", List.of("ops"),
            "change-manager", List.of("manager", "manager2"));

    @Transactional
    void onStart(@Observes StartupEvent start, Clock clock) {
        OWNERS.forEach((key, owners) -> ApprovalRole.<ApprovalRole>findByIdOptional(key)
                .filter(role -> role.owners.isEmpty())
                .ifPresent(role -> {
                    role.owners = new ArrayList<>(owners);
                    role.updatedAt = Instant.now(clock);
                }));
    }
}
