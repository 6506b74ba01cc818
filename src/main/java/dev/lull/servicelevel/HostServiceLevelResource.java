package dev.lull.servicelevel;

import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PATCH;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.RestHeader;
import org.jboss.resteasy.reactive.RestPath;
import org.jboss.resteasy.reactive.RestQuery;

import com.fasterxml.jackson.databind.node.ObjectNode;

import dev.lull.platform.MergePatches;
import dev.lull.platform.Roles;

/** A host's service level and its availability against it. */
@Path("/api/v1/hosts/{name}")
@Tag(name = "Service levels")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class HostServiceLevelResource {
    private final ServiceLevelCatalog catalog;
    private final ServiceLevelReports reports;
    private final MergePatches patches;

    HostServiceLevelResource(ServiceLevelCatalog catalog, ServiceLevelReports reports, MergePatches patches) {
        this.patches = patches;
        this.catalog = catalog;
        this.reports = reports;
    }

    @GET
    @Path("sla")
    @RolesAllowed(Roles.VIEWER)
    @Operation(summary = "Read a host's service level")
    @APIResponse(responseCode = "200", description = "The service level, with its ETag")
    @APIResponse(responseCode = "404", description = "No such host, or it has no service level")
    public Response get(@RestPath String name) {
        return catalog.ofHost(name).ok();
    }

    @PUT
    @Path("sla")
    @RolesAllowed(Roles.ADMIN)
    @Operation(summary = "Set a host's service level: availabilityTarget in (0, 1) over a period of P1D..P366D")
    @APIResponse(responseCode = "200", description = "Replaced, with its new ETag")
    @APIResponse(responseCode = "201", description = "Created")
    @APIResponse(responseCode = "404", description = "No such host")
    @APIResponse(responseCode = "412", description = "If-Match names an older version")
    public Response set(@RestPath String name, @RestHeader("If-Match") String ifMatch,
            @Valid @NotNull ServiceLevelRequest request) {
        return catalog.setForHost(name, request, ifMatch).response();
    }

    @PATCH
    @Path("sla")
    @Consumes(MergePatches.MEDIA_TYPE)
    @RolesAllowed(Roles.ADMIN)
    @Operation(summary = "Change a host's availabilityTarget or period with a JSON Merge Patch (RFC 7396)")
    @APIResponse(responseCode = "200", description = "Replaced, with its new ETag")
    @APIResponse(responseCode = "404", description = "No such host, or it has no service level")
    public Response patch(@RestPath String name, @RestHeader("If-Match") String ifMatch, @NotNull ObjectNode patch) {
        ServiceLevelRequest patched = patches.apply(catalog.currentOfHost(name), ifMatch, patch,
                ServiceLevelRequest.class);
        return catalog.setForHost(name, patched, ifMatch).response();
    }

    @DELETE
    @Path("sla")
    @RolesAllowed(Roles.ADMIN)
    @Operation(summary = "Remove a host's service level")
    @APIResponse(responseCode = "204", description = "Removed")
    @APIResponse(responseCode = "404", description = "No such host, or it has no service level")
    public void remove(@RestPath String name, @RestHeader("If-Match") String ifMatch) {
        catalog.removeFromHost(name, ifMatch);
    }

    @GET
    @Path("availability")
    @RolesAllowed(Roles.VIEWER)
    @Operation(summary = "A host's availability from..to (default: its service level's period ending now)")
    @APIResponse(responseCode = "200", description = "Achieved availability, downtime and budget")
    @APIResponse(responseCode = "404", description = "No such host")
    public AvailabilityView availability(@RestPath String name, @RestQuery String from, @RestQuery String to) {
        return reports.ofHost(name, from, to);
    }
}
