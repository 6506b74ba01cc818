package dev.lull.watchdog;

import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.RestPath;

import io.quarkus.security.identity.SecurityIdentity;

import dev.lull.platform.Roles;

/** The load watch of a change's open window, and the override that reopens a paused gate. */
@Path("/api/v1/changes/{id}/watch")
@Tag(name = "Load watchdog")
@Produces(MediaType.APPLICATION_JSON)
@APIResponse(responseCode = "404", description = "No such change")
public class WatchResource {
    private final WatchDesk desk;
    private final SecurityIdentity identity;

    WatchResource(WatchDesk desk, SecurityIdentity identity) {
        this.desk = desk;
        this.identity = identity;
    }

    @GET
    @RolesAllowed(Roles.VIEWER)
    @Operation(summary = "Read the load watch of a change", description = "Any viewer. The state (QUIET, ALARM, "
            + "UNKNOWN, OVERRIDDEN, or OFF outside the window), whether the gate is paused and what would reopen it, "
            + "each host's live load against its expected band over the last lull.watchdog.recent (5-minute steps, "
            + "messages per hour) and the latest 50 events.")
    @APIResponse(responseCode = "200", description = "The watch", content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = WatchView.class)))
    public WatchView get(@Parameter(description = "The change's id") @RestPath long id) {
        return desk.view(id);
    }

    @POST
    @Path("override")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Roles.CHANGE_MANAGER)
    @Operation(summary = "Reopen a paused gate despite the load (a change manager)", description = "Change managers "
            + "only (a requester too when they hold the change-manager role), with a required comment. The gate of "
            + "the change's hosts and cluster opens again until the window ends or a new alarm; the override is "
            + "kept in the change's history. 409 when no window is open or the watch is neither ALARM nor UNKNOWN.")
    @APIResponse(responseCode = "200", description = "Overridden: the watch as it is now", content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = WatchView.class)))
    @APIResponse(responseCode = "400", description = "The comment is missing, blank or too long")
    @APIResponse(responseCode = "409", description = "No open window, nothing alarmed, or already overridden")
    public WatchView override(@Parameter(description = "The change's id") @RestPath long id,
            @Valid @NotNull OverrideBody body) {
        return desk.override(id, body, identity.getPrincipal().getName());
    }
}
