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
    @Operation(summary = "Read a cluster's service level")
    @APIResponse(responseCode = "200", description = "The service level, with its ETag")
    @APIResponse(responseCode = "404", description = "No such cluster, or it has no service level")
    public Response get(@RestPath String name) {
        return catalog.ofCluster(name).ok();
    }

    @PUT
    @Path("sla")
    @RolesAllowed(Roles.ADMIN)
    @Operation(summary = "Set a cluster's service level: availabilityTarget in (0, 1) over a period of P1D..P366D")
    @APIResponse(responseCode = "200", description = "Replaced, with its new ETag")
    @APIResponse(responseCode = "201", description = "Created")
    @APIResponse(responseCode = "404", description = "No such cluster")
    @APIResponse(responseCode = "412", description = "If-Match names an older version")
    public Response set(@RestPath String name, @RestHeader("If-Match") String ifMatch,
            @Valid @NotNull ServiceLevelRequest request) {
        return catalog.setForCluster(name, request, ifMatch).response();
    }

    @PATCH
    @Path("sla")
    @Consumes(MergePatches.MEDIA_TYPE)
    @RolesAllowed(Roles.ADMIN)
    @Operation(summary = "Change a cluster's availabilityTarget or period with a JSON Merge Patch (RFC 7396)")
    @APIResponse(responseCode = "200", description = "Replaced, with its new ETag")
    @APIResponse(responseCode = "404", description = "No such cluster, or it has no service level")
    public Response patch(@RestPath String name, @RestHeader("If-Match") String ifMatch, @NotNull ObjectNode patch) {
        ServiceLevelRequest patched = patches.apply(catalog.currentOfCluster(name), ifMatch, patch,
                ServiceLevelRequest.class);
        return catalog.setForCluster(name, patched, ifMatch).response();
    }

    @DELETE
    @Path("sla")
    @RolesAllowed(Roles.ADMIN)
    @Operation(summary = "Remove a cluster's service level")
    @APIResponse(responseCode = "204", description = "Removed")
    @APIResponse(responseCode = "404", description = "No such cluster, or it has no service level")
    public void remove(@RestPath String name, @RestHeader("If-Match") String ifMatch) {
        catalog.removeFromCluster(name, ifMatch);
    }

    @GET
    @Path("availability")
    @RolesAllowed(Roles.VIEWER)
    @Operation(summary = "A cluster's availability from..to (default: its service level's period ending now)")
    @APIResponse(responseCode = "200", description = "Achieved availability, downtime and budget")
    @APIResponse(responseCode = "404", description = "No such cluster")
    public AvailabilityView availability(@RestPath String name, @RestQuery String from, @RestQuery String to) {
        return reports.ofCluster(name, from, to);
    }

    @GET
    @Path("capacity")
    @RolesAllowed(Roles.VIEWER)
    @Operation(summary = "p95 and peak hourly load over recent weeks against the capacity left with hosts down")
    @APIResponse(responseCode = "200", description = "Load, capacity scenarios and a recommendation when needed")
    @APIResponse(responseCode = "404", description = "No such cluster")
    public CapacityView capacity(@RestPath String name, @RestQuery @Min(1) @Max(52) Integer weeks) {
        return advisor.advise(name, weeks == null ? config.capacityWeeks() : weeks);
    }
}
