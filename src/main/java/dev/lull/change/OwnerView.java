package dev.lull.change;

import java.time.Instant;
import java.util.List;

/** Who answers for a cluster or host ({@code scope} "cluster" or "host" and its name): a role and/or people. */
public record OwnerView(String scope, String name, String role, List<String> people, String updatedBy,
        Instant updatedAt) {

    static OwnerView of(OwningTeam team) {
        return new OwnerView(team.scopeKind, team.scopeName, team.roleKey, List.copyOf(team.people), team.updatedBy,
                team.updatedAt);
    }
}
