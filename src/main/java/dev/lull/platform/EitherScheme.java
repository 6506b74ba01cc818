package dev.lull.platform;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import org.eclipse.microprofile.openapi.OASFactory;
import org.eclipse.microprofile.openapi.models.Operation;
import org.eclipse.microprofile.openapi.models.security.SecurityRequirement;

/**
 * An operation's security requirements offer both schemes: Quarkus derives one requirement from
 * {@code @RolesAllowed} and names only the first scheme declared ({@code basic}), though a JWT with the same roles is
 * accepted as well. {@code **} (any signed-in caller) becomes an empty list of roles.
 */
final class EitherScheme {
    private static final List<String> SCHEMES = List.of("basic", "jwt");
    /** {@code @RolesAllowed("**")}: any signed-in caller, which OpenAPI writes as no roles. */
    private static final String ANY_ROLE = "**";

    private EitherScheme() {
    }

    /** Replaces each requirement of {@code operation} by one per scheme, with the same roles. */
    static void offer(Operation operation) {
        if (operation.getSecurity() == null || operation.getSecurity().isEmpty()) {
            return;
        }
        Set<List<String>> roleSets = new LinkedHashSet<>();
        for (SecurityRequirement requirement : operation.getSecurity()) {
            List<String> roles = new ArrayList<>();
            requirement.getSchemes().values().forEach(scopes -> roles.addAll(scopes == null ? List.of() : scopes));
            roleSets.add(roles.stream().filter(role -> !ANY_ROLE.equals(role)).distinct().toList());
        }
        List<SecurityRequirement> offered = new ArrayList<>();
        for (List<String> roles : roleSets) {
            SCHEMES.forEach(scheme -> offered.add(OASFactory.createSecurityRequirement().addScheme(scheme, roles)));
        }
        operation.setSecurity(offered);
    }
}
