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

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.RestHeader;
import org.jboss.resteasy.reactive.RestPath;
import org.jboss.resteasy.reactive.RestQuery;
import org.jboss.resteasy.reactive.RestResponse;

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
    @Operation(summary = "Read a host's service level", description = "Any viewer. The ETag is what a later PUT or DELETE sends in If-Match; 404 when the host "
            + "is unknown or has no service level.")
    @APIResponse(responseCode = "200", description = "The service level, with its ETag")
    @APIResponse(responseCode = "404", description = "No such host, or it has no service level")
    public RestResponse<ServiceLevelView> get(@RestPath String name) {
        return catalog.ofHost(name).ok();
    }

    @PUT
    @Path("sla")
    @RolesAllowed(Roles.ADMIN)
    @Operation(summary = "Set a host's service level: availabilityTarget in (0, 1) over a period of P1D..P366D", description = "Admins only. Creates (201) or replaces (200, with If-Match) the availability target whose "
            + "downtime budget booking enforces.")
    @APIResponse(responseCode = "200", description = "Replaced, with its new ETag")
    @APIResponse(responseCode = "201", description = "Created", content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = ServiceLevelView.class)))
    @APIResponse(responseCode = "404", description = "No such host")
    @APIResponse(responseCode = "412", description = "If-Match names an older version")
    public RestResponse<ServiceLevelView> set(@RestPath String name, @RestHeader("If-Match") String ifMatch,
            @Valid @NotNull ServiceLevelRequest request) {
        return catalog.setForHost(name, request, ifMatch).response();
    }

    @PATCH
    @Path("sla")
    @Consumes(MergePatches.MEDIA_TYPE)
    @RolesAllowed(Roles.ADMIN)
    @Operation(summary = "Change a host's availabilityTarget or period with a JSON Merge Patch (RFC 7396)", description = "Admins only. Send application/merge-patch+json (415 otherwise) with the ETag last read in If-Match (428 without it, 412 when stale); fields left out keep their values.")
    @APIResponse(responseCode = "200", description = "Replaced, with its new ETag")
    @APIResponse(responseCode = "404", description = "No such host, or it has no service level")
    public RestResponse<ServiceLevelView> patch(@RestPath String name, @RestHeader("If-Match") String ifMatch,
            @NotNull ObjectNode patch) {
        ServiceLevelRequest patched = patches.apply(catalog.currentOfHost(name), ifMatch, patch,
                ServiceLevelRequest.class);
        return catalog.setForHost(name, patched, ifMatch).response();
    }

    @DELETE
    @Path("sla")
    @RolesAllowed(Roles.ADMIN)
    @Operation(summary = "Remove a host's service level", description = "Admins only, with If-Match; its downtime budget no longer limits booking.")
    @APIResponse(responseCode = "204", description = "Removed")
    @APIResponse(responseCode = "404", description = "No such host, or it has no service level")
    public void remove(@RestPath String name, @RestHeader("If-Match") String ifMatch) {
        catalog.removeFromHost(name, ifMatch);
    }

    @GET
    @Path("availability")
    @RolesAllowed(Roles.VIEWER)
    @Operation(summary = "A host's availability from..to (default: its service level's period ending now)", description = "Any viewer. Availability achieved, downtime (planned and unplanned) and what is left of "
            + "the downtime budget; 404 for an unknown host.")
    @APIResponse(responseCode = "200", description = "Achieved availability, downtime and budget")
    @APIResponse(responseCode = "404", description = "No such host")
    public AvailabilityView availability(@RestPath String name, @RestQuery String from, @RestQuery String to) {
        return reports.ofHost(name, from, to);
    }
}
