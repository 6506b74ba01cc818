package dev.lull.change;

import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.RestHeader;
import org.jboss.resteasy.reactive.RestPath;
import org.jboss.resteasy.reactive.RestResponse;

import io.quarkus.security.identity.SecurityIdentity;

import dev.lull.platform.Roles;

/** The approval policy of a cluster: the roles its NORMAL changes must be approved by, by risk. */
@Path("/api/v1/clusters/{name}/approval-policy")
@Tag(name = "Approval policies")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@APIResponse(responseCode = "404", description = "No such cluster, or (GET, DELETE) it has no policy")
public class ClusterApprovalPolicyResource {
    private final ApprovalPolicies policies;
    private final SecurityIdentity identity;

    ClusterApprovalPolicyResource(ApprovalPolicies policies, SecurityIdentity identity) {
        this.policies = policies;
        this.identity = identity;
    }

    @GET
    @RolesAllowed(Roles.VIEWER)
    @Operation(summary = "Read the approval policy of a cluster", description = "Any viewer. The rules say which approval roles a NORMAL change on the cluster's hosts "
            + "needs, by risk; 404 when it has none.")
    @APIResponse(responseCode = "200", description = "The policy, with its ETag")
    public RestResponse<PolicyView> get(@RestPath String name) {
        return policies.get(ApprovalPolicies.CLUSTER, name).ok();
    }

    @PUT
    @RolesAllowed(Roles.CHANGE_MANAGER)
    @Operation(summary = "Set the approval policy of a cluster (a change manager)", description = "Change managers only. Creates (201) or replaces (200, with If-Match) the rules; rules for "
            + "STANDARD or EMERGENCY changes are refused with 400, unknown roles with 422.")
    @APIResponse(responseCode = "200", description = "Replaced, with its new ETag")
    @APIResponse(responseCode = "201", description = "Created", content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = PolicyView.class)))
    @APIResponse(responseCode = "400", description = "Invalid rules, or a rule for STANDARD or EMERGENCY changes")
    @APIResponse(responseCode = "412", description = "If-Match names an older version")
    @APIResponse(responseCode = "422", description = "An unknown approval role")
    public RestResponse<PolicyView> put(@RestPath String name, @RestHeader("If-Match") String ifMatch,
            @Valid @NotNull PolicyBody body) {
        return policies.put(ApprovalPolicies.CLUSTER, name, body, ifMatch, Caller.of(identity));
    }

    @DELETE
    @RolesAllowed(Roles.CHANGE_MANAGER)
    @Operation(summary = "Remove the approval policy of a cluster (a change manager)", description = "Change managers only, with If-Match; changes then fall back to the default policy.")
    @APIResponse(responseCode = "204", description = "Removed")
    @APIResponse(responseCode = "412", description = "If-Match names an older version")
    public void delete(@RestPath String name, @RestHeader("If-Match") String ifMatch) {
        policies.delete(ApprovalPolicies.CLUSTER, name, ifMatch);
    }
}
