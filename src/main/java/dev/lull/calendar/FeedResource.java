package dev.lull.calendar;

import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponseSchema;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.RestPath;
import org.jboss.resteasy.reactive.RestQuery;
import org.jboss.resteasy.reactive.RestResponse;

import io.quarkus.security.identity.SecurityIdentity;

import dev.lull.change.Caller;
import dev.lull.platform.Paged;
import dev.lull.platform.Roles;

/** Calendar feeds: subscription addresses for calendar clients, created, listed and revoked by their owners. */
@Path("/api/v1/feeds")
@Tag(name = "Calendar feeds")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class FeedResource {
    private final FeedDesk desk;
    private final SecurityIdentity identity;

    FeedResource(FeedDesk desk, SecurityIdentity identity) {
        this.desk = desk;
        this.identity = identity;
    }

    @POST
    @RolesAllowed(Roles.VIEWER)
    @Operation(summary = "Create a feed; its secret address is shown in this response only", description = "Any viewer. The scope names exactly one of host, cluster, role or person (\"me\" for the caller); 422 when it does not exist.")
    @APIResponseSchema(value = FeedView.class, responseCode = "201", responseDescription = "Created, with url (the path) and subscribeUrl (absolute)")
    @APIResponse(responseCode = "400", description = "No scope, or more than one scope key")
    @APIResponse(responseCode = "422", description = "The host, cluster, role or person does not exist")
    public RestResponse<FeedView> create(@Valid @NotNull FeedRequest request) {
        FeedView created = desk.create(request, identity.getPrincipal().getName());
        return RestResponse.status(RestResponse.Status.CREATED, created);
    }

    @GET
    @RolesAllowed(Roles.VIEWER)
    @Operation(summary = "List one's own feeds (an admin sees every feed); tokens are never shown again", description = "Any viewer; an admin sees every feed. Tokens are never shown again.")
    public Paged<FeedView> list(@RestQuery @DefaultValue("0") @Min(0) int page,
            @RestQuery @DefaultValue(Paged.DEFAULT_SIZE) @Min(1) @Max(Paged.MAX_SIZE) int size) {
        return desk.list(Caller.of(identity), page, size);
    }

    @DELETE
    @Path("{id}")
    @RolesAllowed(Roles.VIEWER)
    @Operation(summary = "Revoke a feed (its owner or an admin); its address answers 404 from then on", description = "Its owner or an admin; others get 403. The secret address answers 404 from then on.")
    @APIResponse(responseCode = "204", description = "Revoked")
    @APIResponse(responseCode = "404", description = "No such feed, or another person's (as for a missing one)")
    public void revoke(@RestPath long id) {
        desk.revoke(id, Caller.of(identity));
    }
}
