package dev.lull.change;

import jakarta.ws.rs.Path;

import io.quarkus.security.identity.SecurityIdentity;

/** The owning team of a cluster. */
@Path("/api/v1/clusters/{name}/owner")
public class ClusterOwnerResource extends OwnerResource {
    ClusterOwnerResource(OwningTeams teams, SecurityIdentity identity) {
        super(teams, identity);
    }

    @Override
    String scope() {
        return ApprovalPolicies.CLUSTER;
    }
}
