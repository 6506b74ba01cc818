package dev.lull.change;

import java.time.Instant;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.RestQuery;

import io.quarkus.security.identity.SecurityIdentity;

import dev.lull.platform.ApiProblem;
import dev.lull.platform.QueryValues;
import dev.lull.platform.Roles;

/** The change advisory board's agenda: submitted changes by local day over a bounded period. */
@Path("/api/v1/changes/agenda")
@Tag(name = "Changes")
@Produces(MediaType.APPLICATION_JSON)
public class AgendaResource {
    private final ChangeAgenda agenda;
    private final SecurityIdentity identity;

    AgendaResource(ChangeAgenda agenda, SecurityIdentity identity) {
        this.agenda = agenda;
        this.identity = identity;
    }

    @GET
    @RolesAllowed(Roles.VIEWER)
    @Operation(summary = "The CAB agenda: changes past NEW whose window overlaps the period, by the local day their "
            + "window starts in their hosts' time zone, with risk, hosts, local windows, approvals, owning teams, "
            + "conflicts and downtime budget impact", description = "Any viewer. Prepares a change advisory board: each day lists its changes with what the "
                    + "board decides on. from and to are required and at most 31 days apart; unknown parameters are "
                    + "refused with 400.")
    @APIResponse(responseCode = "200", description = "The agenda, days in order")
    @APIResponse(responseCode = "400", description = "from or to missing or malformed, to not after from, a period "
            + "longer than 31 days, or an unknown parameter")
    public Agenda agenda(
            @Parameter(description = "Start of the period, an ISO-8601 UTC instant") @RestQuery String from,
            @Parameter(description = "End of the period (exclusive), at most 31 days after from") @RestQuery String to) {
        return agenda.of(required("from", from), required("to", to), Caller.of(identity));
    }

    private static Instant required(String name, String value) {
        Instant instant = QueryValues.instant(name, value, null);
        if (instant == null) {
            throw ApiProblem.invalid(name, "is required");
        }
        return instant;
    }
}
