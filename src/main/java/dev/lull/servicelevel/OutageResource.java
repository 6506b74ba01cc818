package dev.lull.servicelevel;

import java.net.URI;

import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PATCH;
import jakarta.ws.rs.POST;
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

import io.quarkus.security.identity.SecurityIdentity;

import dev.lull.platform.Paged;
import dev.lull.platform.QueryValues;
import dev.lull.platform.ResourceName;
import dev.lull.platform.Roles;
import dev.lull.platform.Versioned;

/** Outages: unplanned downtime of hosts, reported while it lasts or afterwards. */
@Path("/api/v1/outages")
@Tag(name = "Service levels")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class OutageResource {
    private final OutageLog log;
    private final SecurityIdentity identity;

    OutageResource(OutageLog log, SecurityIdentity identity) {
        this.log = log;
        this.identity = identity;
    }

    @POST
    @RolesAllowed(Roles.CHANGE_MANAGER)
    @Operation(summary = "Report an outage of some hosts or of a whole cluster; leave end out while it lasts", description = "Change managers only. Outages count against service levels and availability; 422 for an "
            + "unknown host or cluster.")
    @APIResponseSchema(value = OutageView.class, responseCode = "201", responseDescription = "Recorded; Location names the outage")
    @APIResponse(responseCode = "422", description = "A named host or cluster does not exist, or the cluster is empty")
    public RestResponse<OutageView> report(@Valid @NotNull OutageRequest request) {
        Versioned<OutageView> created = log.report(request, identity.getPrincipal().getName());
        return created.created(URI.create("/api/v1/outages/" + created.body().id()));
    }

    @GET
    @RolesAllowed(Roles.VIEWER)
    @Operation(summary = "List outages overlapping from..to (either optional), optionally of one host, latest first", description = "Any viewer, one page at a time.")
    public Paged<OutageView> list(@RestQuery String from, @RestQuery String to, @RestQuery @ResourceName String host,
            @RestQuery @DefaultValue("0") @Min(0) int page,
            @RestQuery @DefaultValue(Paged.DEFAULT_SIZE) @Min(1) @Max(Paged.MAX_SIZE) int size) {
        var start = QueryValues.instant("from", from, null);
        var end = QueryValues.instant("to", to, null);
        if (start != null && end != null) {
            QueryValues.requireOrdered(start, end);
        }
        return log.list(start, end, host, page, size);
    }

    @GET
    @Path("{id}")
    @RolesAllowed(Roles.VIEWER)
    @Operation(summary = "Read an outage", description = "Any viewer; 404 when no outage has this id.")
    @APIResponse(responseCode = "200", description = "The outage, with its ETag")
    @APIResponse(responseCode = "404", description = "No such outage")
    public RestResponse<OutageView> get(@RestPath long id) {
        return log.get(id).ok();
    }

    @PATCH
    @Path("{id}")
    @RolesAllowed(Roles.CHANGE_MANAGER)
    @Operation(summary = "End an outage (or correct its end)", description = "Change managers only, with the ETag last read in If-Match (428 without it, 412 when stale).")
    @APIResponse(responseCode = "200", description = "The outage, with its new ETag")
    @APIResponse(responseCode = "404", description = "No such outage")
    @APIResponse(responseCode = "412", description = "If-Match names an older version")
    public RestResponse<OutageView> end(@RestPath long id, @RestHeader("If-Match") String ifMatch,
            @Valid @NotNull OutageEnd body) {
        return log.end(id, body, ifMatch).ok();
    }
}
