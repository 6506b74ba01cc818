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
import dev.lull.platform.ResourceName;
import dev.lull.platform.Roles;
import dev.lull.platform.Versioned;

/** Hosts: the machines whose load Lull tracks and whose maintenance it schedules. */
@Path("/api/v1/hosts")
@Tag(name = "Inventory")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class HostResource {
    private final HostCatalog catalog;
    private final MergePatches patches;

    HostResource(HostCatalog catalog, MergePatches patches) {
        this.catalog = catalog;
        this.patches = patches;
    }

    @POST
    @RolesAllowed(Roles.ADMIN)
    @Operation(summary = "Register a host", description = "Admins only. The time zone (IANA) decides the host's local days and times; 409 when the "
            + "name is taken, 422 for an unknown cluster.")
    @APIResponseSchema(value = HostView.class, responseCode = "201", responseDescription = "Created; Location names the host")
    @APIResponse(responseCode = "409", description = "A host of that name exists")
    @APIResponse(responseCode = "422", description = "The named cluster does not exist")
    public RestResponse<HostView> create(@Valid @NotNull HostRequest request) {
        Versioned<HostView> created = catalog.create(request);
        return created.created(URI.create("/api/v1/hosts/" + created.body().name()));
    }

    @GET
    @RolesAllowed(Roles.VIEWER)
    @Operation(summary = "List hosts by name, optionally of one cluster, with one tag or whose name contains a text", description = "Any viewer, one page at a time.")
    public Paged<HostView> list(@RestQuery @ResourceName String cluster, @RestQuery @ResourceName String tag,
            @RestQuery @Size(min = 1, max = 63) String nameContains,
            @RestQuery @DefaultValue("0") @Min(0) int page,
            @RestQuery @DefaultValue(Paged.DEFAULT_SIZE) @Min(1) @Max(Paged.MAX_SIZE) int size) {
        return catalog.list(cluster, tag, nameContains, page, size);
    }

    @GET
    @Path("{name}")
    @RolesAllowed(Roles.VIEWER)
    @Operation(summary = "Read a host", description = "Any viewer. The ETag is what a later PUT or DELETE sends in If-Match; 404 for an unknown "
            + "host.")
    @APIResponse(responseCode = "200", description = "The host, with its ETag")
    @APIResponse(responseCode = "404", description = "No such host")
    public RestResponse<HostView> get(@RestPath String name) {
        return catalog.get(name).ok();
    }

    @PUT
    @Path("{name}")
    @RolesAllowed(Roles.ADMIN)
    @Operation(summary = "Replace a host's settings", description = "Admins only. Replaces every field, so send the whole host with the ETag last read in "
            + "If-Match (428 without it, 412 when stale).")
    @APIResponse(responseCode = "200", description = "The stored host, with its new ETag")
    @APIResponse(responseCode = "404", description = "No such host")
    @APIResponse(responseCode = "412", description = "If-Match names an older version")
    @APIResponse(responseCode = "422", description = "The body names another host, or an unknown cluster")
    public RestResponse<HostView> replace(@RestPath String name, @RestHeader("If-Match") String ifMatch,
            @Valid @NotNull HostRequest request) {
        return catalog.replace(name, request, ifMatch).ok();
    }

    @PATCH
    @Path("{name}")
    @Consumes(MergePatches.MEDIA_TYPE)
    @RolesAllowed(Roles.ADMIN)
    @Operation(summary = "Change some of a host's settings with a JSON Merge Patch (RFC 7396); null removes a field", description = "Admins only. Send application/merge-patch+json (415 otherwise) with the ETag last read in If-Match (428 without it, 412 when stale); fields left out keep their values.")
    @APIResponse(responseCode = "200", description = "The stored host, with its new ETag")
    @APIResponse(responseCode = "404", description = "No such host")
    @APIResponse(responseCode = "422", description = "The patch renames the host, or names an unknown cluster")
    public RestResponse<HostView> patch(@RestPath String name, @RestHeader("If-Match") String ifMatch,
            @NotNull ObjectNode patch) {
        HostRequest patched = patches.apply(catalog.current(name), ifMatch, patch, HostRequest.class);
        return catalog.replace(name, patched, ifMatch).ok();
    }

    @DELETE
    @Path("{name}")
    @RolesAllowed(Roles.ADMIN)
    @Operation(summary = "Delete a host and its history", description = "Admins only, with If-Match. Its load history goes with it; 404 for an unknown host.")
    @APIResponse(responseCode = "204", description = "Deleted")
    @APIResponse(responseCode = "404", description = "No such host")
    public void delete(@RestPath String name, @RestHeader("If-Match") String ifMatch) {
        catalog.delete(name, ifMatch);
    }
}
