package dev.lull.inventory;

import java.net.URI;

import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PATCH;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponseSchema;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.RestHeader;
import org.jboss.resteasy.reactive.RestPath;
import org.jboss.resteasy.reactive.RestQuery;
import org.jboss.resteasy.reactive.RestResponse;

import com.fasterxml.jackson.databind.node.ObjectNode;

import dev.lull.platform.MergePatches;
import dev.lull.platform.Paged;
import dev.lull.platform.Roles;
import dev.lull.platform.Versioned;

/** Clusters of hosts that serve together. */
@Path("/api/v1/clusters")
@Tag(name = "Inventory")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class ClusterResource {
    private final ClusterCatalog catalog;
    private final MergePatches patches;

    ClusterResource(ClusterCatalog catalog, MergePatches patches) {
        this.catalog = catalog;
        this.patches = patches;
    }

    @POST
    @RolesAllowed(Roles.ADMIN)
    @Operation(summary = "Create a cluster", description = "Admins only. minAvailable is how many of its hosts must stay up at any time; 409 when the name is taken.")
    @APIResponseSchema(value = ClusterView.class, responseCode = "201", responseDescription = "Created; Location names the cluster")
    @APIResponse(responseCode = "409", description = "A cluster of that name exists")
    public RestResponse<ClusterView> create(@Valid @NotNull ClusterRequest request) {
        Versioned<ClusterView> created = catalog.create(request);
        return created.created(URI.create("/api/v1/clusters/" + created.body().name()));
    }

    @GET
    @RolesAllowed(Roles.VIEWER)
    @Operation(summary = "List clusters by name, a page at a time, optionally those whose name contains a text", description = "Any viewer; each cluster with its hosts and minAvailable.")
    public Paged<ClusterView> list(@RestQuery @Size(min = 1, max = 63) String nameContains,
            @RestQuery @DefaultValue("0") @Min(0) int page,
            @RestQuery @DefaultValue(Paged.DEFAULT_SIZE) @Min(1) @Max(Paged.MAX_SIZE) int size) {
        return catalog.list(nameContains, page, size);
    }

    @GET
    @Path("{name}")
    @RolesAllowed(Roles.VIEWER)
    @Operation(summary = "Read a cluster", description = "Any viewer. The ETag is what a later PUT or DELETE sends in If-Match; 404 for an unknown cluster.")
    @APIResponse(responseCode = "200", description = "The cluster, with its ETag")
    @APIResponse(responseCode = "404", description = "No such cluster")
    public RestResponse<ClusterView> get(@RestPath String name) {
        return catalog.get(name).ok();
    }

    @PUT
    @Path("{name}")
    @RolesAllowed(Roles.ADMIN)
    @Operation(summary = "Replace a cluster's description and minAvailable", description = "Admins only, with the ETag last read in If-Match (428 without it, 412 when stale). A cluster no larger than minAvailable answers a warning: none of its hosts can ever be taken down.")
    @APIResponse(responseCode = "200", description = "The stored cluster, with its new ETag")
    @APIResponse(responseCode = "404", description = "No such cluster")
    @APIResponse(responseCode = "412", description = "If-Match names an older version")
    @APIResponse(responseCode = "422", description = "The body names another cluster")
    public RestResponse<ClusterView> replace(@RestPath String name, @RestHeader("If-Match") String ifMatch,
            @Valid @NotNull ClusterRequest request) {
        return catalog.replace(name, request, ifMatch).ok();
    }

    @PATCH
    @Path("{name}")
    @Consumes(MergePatches.MEDIA_TYPE)
    @RolesAllowed(Roles.ADMIN)
    @Operation(summary = "Change a cluster's description or minAvailable with a JSON Merge Patch (RFC 7396)", description = "Admins only. Send application/merge-patch+json (415 otherwise) with the ETag last read in If-Match (428 without it, 412 when stale); fields left out keep their values.")
    @APIResponse(responseCode = "200", description = "The stored cluster, with its new ETag")
    @APIResponse(responseCode = "404", description = "No such cluster")
    @APIResponse(responseCode = "422", description = "The patch renames the cluster")
    public RestResponse<ClusterView> patch(@RestPath String name, @RestHeader("If-Match") String ifMatch,
            @NotNull ObjectNode patch) {
        ClusterRequest patched = patches.apply(catalog.current(name), ifMatch, patch, ClusterRequest.class);
        return catalog.replace(name, patched, ifMatch).ok();
    }

    @DELETE
    @Path("{name}")
    @RolesAllowed(Roles.ADMIN)
    @Operation(summary = "Delete an empty cluster", description = "Admins only, with If-Match. A cluster that still has hosts is refused with 409.")
    @APIResponse(responseCode = "204", description = "Deleted")
    @APIResponse(responseCode = "404", description = "No such cluster")
    @APIResponse(responseCode = "409", description = "The cluster still has hosts")
    public void delete(@RestPath String name, @RestHeader("If-Match") String ifMatch) {
        catalog.delete(name, ifMatch);
    }
}
