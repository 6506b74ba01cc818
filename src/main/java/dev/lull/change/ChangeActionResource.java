package dev.lull.change;

import java.util.function.Function;

import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.RestHeader;
import org.jboss.resteasy.reactive.RestPath;
import org.jboss.resteasy.reactive.RestResponse;

import io.quarkus.security.identity.SecurityIdentity;

import dev.lull.platform.ETags;
import dev.lull.platform.Roles;
import dev.lull.platform.Versioned;

/** The workflow actions on a change; each answers the change as it stands after the action, with its ETag. */
@Path("/api/v1/changes/{id}")
@Tag(name = "Changes")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@RolesAllowed(Roles.VIEWER)
@APIResponse(responseCode = "200", description = "The change after the action, with its new ETag")
@APIResponse(responseCode = "403", description = "The caller may not take this action on this change")
@APIResponse(responseCode = "404", description = "No such change")
@APIResponse(responseCode = "409", description = "Not allowed in the change's status (allowedActions lists what the "
        + "caller may do now), "
        + "or the window conflicts (conflicts lists why)")
@APIResponse(responseCode = "412", description = "If-Match names an older version")
public class ChangeActionResource {
    private final ChangeActions actions;
    private final ChangeImplementation implementation;
    private final SecurityIdentity identity;
    private final ChangeRefusals refusals;

    ChangeActionResource(ChangeActions actions, ChangeImplementation implementation, SecurityIdentity identity,
            ChangeRefusals refusals) {
        this.actions = actions;
        this.implementation = implementation;
        this.identity = identity;
        this.refusals = refusals;
    }

    @POST
    @Path("submit")
    @Operation(summary = "Submit a NEW change: NORMAL to ASSESS, STANDARD to SCHEDULED, EMERGENCY to AUTHORIZE", description = "Its requester (or an admin). Runs every booking check on the window (minimum notice, "
            + "blackouts, other work, minAvailable, downtime budget); a refusal is a 409 listing the conflicts.")
    public RestResponse<ChangeView> submit(@RestPath long id, @RestHeader("If-Match") String ifMatch) {
        return recorded(id, ChangeAction.SUBMIT, caller -> actions.submit(id, ifMatch, caller));
    }

    @POST
    @Path("approvals")
    @Operation(summary = "Approve or reject for one required role (an owner of it, not the requester)", description = "An owner of that approval role who is not the requester (403 with the reason otherwise), "
            + "while the change is in ASSESS. The last approval moves it to AUTHORIZE, a rejection to REJECTED.")
    public RestResponse<ChangeView> decide(@RestPath long id, @RestHeader("If-Match") String ifMatch,
            @Valid @NotNull ApprovalBody body) {
        ChangeAction action = body.decision() == ApprovalDecision.APPROVE ? ChangeAction.APPROVE : ChangeAction.REJECT;
        return recorded(id, action, caller -> actions.decide(id, body, ifMatch, caller));
    }

    @POST
    @Path("authorize")
    @Operation(summary = "Authorize the change for its window, or refuse it (a change manager, not the requester)", description = "A change manager who is not the requester (403 with the reason otherwise). Authorizing "
            + "re-runs the booking checks (409 with conflicts) and books the window: the change becomes SCHEDULED.")
    public RestResponse<ChangeView> authorize(@RestPath long id, @RestHeader("If-Match") String ifMatch,
            @Valid @NotNull AuthorizeBody body) {
        ChangeAction action = body.decision() == ApprovalDecision.APPROVE
                ? ChangeAction.AUTHORIZE
                : ChangeAction.REJECT_AUTHORIZATION;
        return recorded(id, action, caller -> actions.authorize(id, body, ifMatch, caller));
    }

    @PUT
    @Path("window")
    @Operation(summary = "Move a SCHEDULED change to another window; it needs authorizing again", description = "Its requester or a change manager. The new window runs every booking check; a refusal is "
            + "a 409 listing the conflicts and changes nothing (window, status and ETag stay).")
    public RestResponse<ChangeView> reschedule(@RestPath long id, @RestHeader("If-Match") String ifMatch,
            @Valid @NotNull RescheduleBody body) {
        ETags.requireGiven(ifMatch);
        return recorded(id, ChangeAction.RESCHEDULE, caller -> actions.reschedule(id, body, ifMatch, caller));
    }

    @POST
    @Path("start")
    @Operation(summary = "Start implementing a SCHEDULED change (inside its window, except EMERGENCY)", description = "Its requester, an owner of a plan step's role or a change manager, inside the window (an "
            + "EMERGENCY change may start earlier). The change becomes IMPLEMENT and the gate opens.")
    public RestResponse<ChangeView> start(@RestPath long id, @RestHeader("If-Match") String ifMatch) {
        return recorded(id, ChangeAction.START, caller -> implementation.start(id, ifMatch, caller));
    }

    @POST
    @Path("steps/{number}/done")
    @Operation(summary = "Mark the next plan step done (an owner of its role)", description = "An owner of the step's approval role, while the change is in IMPLEMENT; steps are done in "
            + "order (409 otherwise).")
    public RestResponse<ChangeView> stepDone(@RestPath long id, @RestPath @Min(1) int number,
            @RestHeader("If-Match") String ifMatch) {
        return recorded(id, ChangeAction.COMPLETE_STEP, caller -> implementation.stepDone(id, number, ifMatch, caller));
    }

    @POST
    @Path("complete")
    @Operation(summary = "End implementation with an outcome and the actual start and end", description = "Its requester, an owner of a plan step's role or a change manager. The change goes to "
            + "REVIEW with its outcome; the actual times are compared with the window.")
    public RestResponse<ChangeView> complete(@RestPath long id, @RestHeader("If-Match") String ifMatch,
            @Valid @NotNull CompleteBody body) {
        return recorded(id, ChangeAction.COMPLETE, caller -> implementation.complete(id, body, ifMatch, caller));
    }

    @POST
    @Path("close")
    @Operation(summary = "Close a reviewed change with its review (a change manager)", description = "A change manager, while the change is in REVIEW. The change becomes CLOSED.")
    public RestResponse<ChangeView> close(@RestPath long id, @RestHeader("If-Match") String ifMatch,
            @Valid @NotNull CloseBody body) {
        return recorded(id, ChangeAction.CLOSE, caller -> implementation.close(id, body, ifMatch, caller));
    }

    @POST
    @Path("cancel")
    @Operation(summary = "Cancel a change before its review, with a reason", description = "Its requester or a change manager, before REVIEW. A booked window is released; the reason "
            + "is kept in the history.")
    public RestResponse<ChangeView> cancel(@RestPath long id, @RestHeader("If-Match") String ifMatch,
            @Valid @NotNull CancelBody body) {
        return recorded(id, ChangeAction.CANCEL, caller -> actions.cancel(id, body, ifMatch, caller));
    }

    /** Runs the action as the caller; a refusal (403) is kept in the change's history before it is answered. */
    private RestResponse<ChangeView> recorded(long id, ChangeAction action,
            Function<Caller, Versioned<ChangeView>> call) {
        Caller caller = Caller.of(identity);
        return refusals.recorded(id, action, caller, () -> call.apply(caller)).ok();
    }
}
