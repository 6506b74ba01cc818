package dev.lull.change;

import jakarta.ws.rs.Path;

import io.quarkus.security.identity.SecurityIdentity;

/** The owning team of a host. */
@Path("/api/v1/hosts/{name}/owner")
public class HostOwnerResource extends OwnerResource {
    HostOwnerResource(OwningTeams teams, SecurityIdentity identity) {
        super(teams, identity);
    }

    @Override
    String scope() {
        return ApprovalPolicies.HOST;
    }
}
