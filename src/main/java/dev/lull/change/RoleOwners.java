package dev.lull.change;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/** The named owners of each approval role, e.g. {@code database-admin → [ana, bo]}. */
public record RoleOwners(Map<String, Set<String>> ownersByRole) {
    public RoleOwners {
        ownersByRole = Map.copyOf(ownersByRole);
    }

    public boolean owns(String user, String role) {
        return ownersByRole.getOrDefault(role, Set.of()).contains(user);
    }

    /** The roles {@code user} owns. */
    public Set<String> ownedBy(String user) {
        return ownersByRole.entrySet().stream().filter(entry -> entry.getValue().contains(user))
                .map(Map.Entry::getKey).collect(Collectors.toUnmodifiableSet());
    }

    /** The roles among {@code roles} that have no entry here, in order. */
    public List<String> unknown(Collection<String> roles) {
        return roles.stream().filter(role -> !ownersByRole.containsKey(role)).distinct().sorted().toList();
    }
}
