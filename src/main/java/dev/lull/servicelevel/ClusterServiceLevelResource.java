package dev.lull.servicelevel;

import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
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

/** A cluster's service level, its availability against it, and capacity advice. */
@Path("/api/v1/clusters/{name}")
@Tag(name = "Service levels")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class ClusterServiceLevelResource {
    private final ServiceLevelCatalog catalog;
    private final ServiceLevelReports reports;
    private final CapacityAdvisor advisor;
    private final ServiceLevelConfig config;
    private final MergePatches patches;

    ClusterServiceLevelResource(ServiceLevelCatalog catalog, ServiceLevelReports reports, CapacityAdvisor advisor,
            ServiceLevelConfig config, MergePatches patches) {
        this.patches = patches;
        this.catalog = catalog;
        this.reports = reports;
        this.advisor = advisor;
        this.config = config;
    }

    @GET
    @Path("sla")
    @RolesAllowed(Roles.VIEWER)
    @Operation(summary = "Read a cluster's service level", description = "Any viewer. The ETag is what a later PUT or DELETE sends in If-Match; 404 when the "
            + "cluster is unknown or has no service level.")
    @APIResponse(responseCode = "200", description = "The service level, with its ETag")
    @APIResponse(responseCode = "404", description = "No such cluster, or it has no service level")
    public RestResponse<ServiceLevelView> get(@RestPath String name) {
        return catalog.ofCluster(name).ok();
    }

    @PUT
    @Path("sla")
    @RolesAllowed(Roles.ADMIN)
    @Operation(summary = "Set a cluster's service level: availabilityTarget in (0, 1) over a period of P1D..P366D", description = "Admins only. Creates (201) or replaces (200, with If-Match) the availability target whose "
            + "downtime budget booking enforces.")
    @APIResponse(responseCode = "200", description = "Replaced, with its new ETag")
    @APIResponse(responseCode = "201", description = "Created", content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = ServiceLevelView.class)))
    @APIResponse(responseCode = "404", description = "No such cluster")
    @APIResponse(responseCode = "412", description = "If-Match names an older version")
    public RestResponse<ServiceLevelView> set(@RestPath String name, @RestHeader("If-Match") String ifMatch,
            @Valid @NotNull ServiceLevelRequest request) {
        return catalog.setForCluster(name, request, ifMatch).response();
    }

    @PATCH
    @Path("sla")
    @Consumes(MergePatches.MEDIA_TYPE)
    @RolesAllowed(Roles.ADMIN)
    @Operation(summary = "Change a cluster's availabilityTarget or period with a JSON Merge Patch (RFC 7396)", description = "Admins only. Send application/merge-patch+json (415 otherwise) with the ETag last read in If-Match (428 without it, 412 when stale); fields left out keep their values.")
    @APIResponse(responseCode = "200", description = "Replaced, with its new ETag")
    @APIResponse(responseCode = "404", description = "No such cluster, or it has no service level")
    public RestResponse<ServiceLevelView> patch(@RestPath String name, @RestHeader("If-Match") String ifMatch,
            @NotNull ObjectNode patch) {
        ServiceLevelRequest patched = patches.apply(catalog.currentOfCluster(name), ifMatch, patch,
                ServiceLevelRequest.class);
        return catalog.setForCluster(name, patched, ifMatch).response();
    }

    @DELETE
    @Path("sla")
    @RolesAllowed(Roles.ADMIN)
    @Operation(summary = "Remove a cluster's service level", description = "Admins only, with If-Match; its downtime budget no longer limits booking.")
    @APIResponse(responseCode = "204", description = "Removed")
    @APIResponse(responseCode = "404", description = "No such cluster, or it has no service level")
    public void remove(@RestPath String name, @RestHeader("If-Match") String ifMatch) {
        catalog.removeFromCluster(name, ifMatch);
    }

    @GET
    @Path("availability")
    @RolesAllowed(Roles.VIEWER)
    @Operation(summary = "A cluster's availability from..to (default: its service level's period ending now)", description = "Any viewer. A cluster is down while fewer than minAvailable of its hosts are up; the "
            + "answer gives availability achieved, downtime and the budget left. 404 for an unknown cluster.")
    @APIResponse(responseCode = "200", description = "Achieved availability, downtime and budget")
    @APIResponse(responseCode = "404", description = "No such cluster")
    public AvailabilityView availability(@RestPath String name, @RestQuery String from, @RestQuery String to) {
        return reports.ofCluster(name, from, to);
    }

    @GET
    @Path("capacity")
    @RolesAllowed(Roles.VIEWER)
    @Operation(summary = "p95 and peak hourly load over recent weeks against the capacity left with hosts down", description = "Any viewer. Compares the cluster's load with the capacity left when one or more hosts are "
            + "down, and recommends a change of minAvailable or capacity when the load would not fit.")
    @APIResponse(responseCode = "200", description = "Load, capacity scenarios and a recommendation when needed")
    @APIResponse(responseCode = "404", description = "No such cluster")
    public CapacityView capacity(@RestPath String name, @RestQuery @Min(1) @Max(52) Integer weeks) {
        return advisor.advise(name, weeks == null ? config.capacityWeeks() : weeks);
    }
}
