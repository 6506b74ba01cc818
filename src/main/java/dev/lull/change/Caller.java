package dev.lull.change;

import java.util.Set;

import io.quarkus.security.identity.SecurityIdentity;

import dev.lull.platform.Roles;

/** Who calls: a username and the application roles granted to them. */
public record Caller(String username, Set<String> roles) {
    public Caller {
        roles = Set.copyOf(roles);
    }

    public static Caller of(SecurityIdentity identity) {
        return new Caller(identity.getPrincipal().getName(), identity.getRoles());
    }

    public boolean isChangeManager() {
        return roles.contains(Roles.CHANGE_MANAGER);
    }

    public boolean isAdmin() {
        return roles.contains(Roles.ADMIN);
    }
}
