package dev.lull.change;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** The named owners of each approval role, e.g. {@code database-admin → [ana, bo]}. */
public record RoleOwners(Map<String, Set<String>> ownersByRole) {
    public RoleOwners {
        ownersByRole = Map.copyOf(ownersByRole);
    }

    public boolean owns(String user, String role) {
        return ownersByRole.getOrDefault(role, Set.of()).contains(user);
    }

    /** The roles among {@code roles} that have no entry here, in order. */
    public List<String> unknown(Collection<String> roles) {
        return roles.stream().filter(role -> !ownersByRole.containsKey(role)).distinct().sorted().toList();
    }
}
