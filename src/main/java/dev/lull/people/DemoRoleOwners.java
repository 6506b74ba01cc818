package dev.lull.people;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.transaction.Transactional;

import io.quarkus.runtime.LaunchMode;
import io.quarkus.runtime.StartupEvent;

/**
 * Gives the seeded approval roles the demo users as owners, where a role has none: on start in dev and test mode, and
 * when the demo data is seeded (lull.demo.enabled, see dev.lull.demo).
 */
@ApplicationScoped
public class DemoRoleOwners {
    private static final Map<String, List<String>> OWNERS = Map.of(
            "domain-admin", List.of("admin"),
            "database-admin", List.of("dba"),
            "infrastructure-admin", List.of("infra"),
            "application-admin", List.of("appadmin"),
            "it-operations", List.of("ops"),
            "change-manager", List.of("manager", "manager2"));

    private final Clock clock;

    DemoRoleOwners(Clock clock) {
        this.clock = clock;
    }

    void onStart(@Observes StartupEvent start) {
        if (LaunchMode.current().isDevOrTest()) {
            assign();
        }
    }

    /** Makes the demo users the owners of the seeded roles that have no owner yet. */
    @Transactional
    public void assign() {
        OWNERS.forEach((key, owners) -> ApprovalRole.<ApprovalRole>findByIdOptional(key)
                .filter(role -> role.owners.isEmpty())
                .ifPresent(role -> {
                    role.owners = new ArrayList<>(owners);
                    role.updatedAt = Instant.now(clock);
                }));
    }
}
