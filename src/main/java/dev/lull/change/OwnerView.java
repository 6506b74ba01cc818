package dev.lull.change;

import java.time.Instant;
import java.util.List;
import java.util.Locale;

/** Who answers for a cluster or host ({@code scope} CLUSTER or HOST, upper case as
 * everywhere in the API, and its name): a role and/or people. */
public record OwnerView(String scope, String name, String role, List<String> people, String updatedBy,
        Instant updatedAt) {

    static OwnerView of(OwningTeam team) {
        return new OwnerView(team.scopeKind.toUpperCase(Locale.ROOT), team.scopeName, team.roleKey,
                List.copyOf(team.people), team.updatedBy,
                team.updatedAt);
    }
}
