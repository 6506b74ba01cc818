package dev.lull.platform;

import java.util.HashSet;
import java.util.Set;

import jakarta.enterprise.context.ApplicationScoped;

import io.quarkus.security.identity.AuthenticationRequestContext;
import io.quarkus.security.identity.SecurityIdentity;
import io.quarkus.security.identity.SecurityIdentityAugmentor;
import io.quarkus.security.runtime.QuarkusSecurityIdentity;
import io.smallrye.mutiny.Uni;

/**
 * Widens granted roles: {@code admin} may do everything; requesters and change managers may also read, and so may
 * every person signed in through the OIDC provider, whatever groups it gives them.
 */
@ApplicationScoped
public class RoleHierarchy implements SecurityIdentityAugmentor {
    private static final Set<String> ALL = Set.of(Roles.VIEWER, Roles.REQUESTER, Roles.CHANGE_MANAGER, Roles.INGEST,
            Roles.GATE, Roles.ADMIN);

    @Override
    public Uni<SecurityIdentity> augment(SecurityIdentity identity, AuthenticationRequestContext context) {
        if (identity.isAnonymous()) {
            return Uni.createFrom().item(identity);
        }
        Set<String> implied = implied(identity.getRoles(), OidcSignIn.through(identity));
        if (identity.getRoles().containsAll(implied)) {
            return Uni.createFrom().item(identity);
        }
        return Uni.createFrom().item(QuarkusSecurityIdentity.builder(identity).addRoles(implied).build());
    }

    static Set<String> implied(Set<String> granted, boolean person) {
        if (granted.contains(Roles.ADMIN)) {
            return ALL;
        }
        Set<String> roles = new HashSet<>(granted);
        if (person || granted.contains(Roles.REQUESTER) || granted.contains(Roles.CHANGE_MANAGER)) {
            roles.add(Roles.VIEWER);
        }
        return roles;
    }
}
