package dev.lull.proposal;

import java.time.Duration;

import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.RestPath;
import org.jboss.resteasy.reactive.RestQuery;

import io.smallrye.mutiny.Uni;
import io.smallrye.mutiny.infrastructure.Infrastructure;

import dev.lull.inventory.Host;
import dev.lull.inventory.HostCatalog;
import dev.lull.platform.ApiProblem;
import dev.lull.platform.QueryValues;
import dev.lull.platform.Roles;
import dev.lull.schedule.BookingCheck;

/** Low-load maintenance windows from a host's own history, and how far to trust them. */
@Path("/api/v1/hosts/{name}/proposals")
@Tag(name = "Proposals")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed(Roles.VIEWER)
public class HostProposalResource {
    private final ProposalDesk desk;
    private final BookingCheck booking;

    HostProposalResource(ProposalDesk desk, BookingCheck booking) {
        this.desk = desk;
        this.booking = booking;
    }

    @GET
    @Operation(summary = "Propose the lowest-load windows of a host in a period, best first, with the evidence", description = "Any viewer. Candidates come from the host's load history and obey the booking rules, so each can be booked as offered; windows that would overrun a downtime budget are left out unless allowBudgetBreach=true, and windows touching a holiday of the host (its calendar, else its cluster's; local dates) unless avoidHolidays=false, each reason naming the holidays skipped. 404 for an unknown host.")
    @APIResponse(responseCode = "200", description = "Candidates, best first, none overlapping each other or busy time, "
            + "each passing the booking rules (those breaching a downtime budget only with allowBudgetBreach=true)", content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = ProposalView.class)))
    @APIResponse(responseCode = "404", description = "No such host")
    public Uni<byte[]> propose(@RestPath String name,
            @RestQuery @DefaultValue(ProposalQuery.DEFAULT_DURATION) String duration, @RestQuery String from,
            @RestQuery String to, @RestQuery @DefaultValue(ProposalQuery.DEFAULT_LIMIT) int limit,
            @RestQuery @DefaultValue(ProposalQuery.DEFAULT_STEP) String step, @RestQuery boolean allowBudgetBreach,
            @RestQuery @DefaultValue("true") boolean avoidHolidays) {
        ProposalQuery query = ProposalQuery.of(
                QueryValues.duration("duration", duration, ProposalQuery.STANDARD_DURATION),
                QueryValues.instant("from", from, null), QueryValues.instant("to", to, null),
                QueryValues.duration("step", step, ProposalQuery.STANDARD_STEP), limit, desk.now(),
                booking.notice().planned()).allowingBudgetBreach(allowBudgetBreach)
                .avoidingHolidays(avoidHolidays);
        return desk.held(name, query).map(answer -> Uni.createFrom().item(answer.json()))
                .orElseGet(() -> Uni.createFrom().item(() -> desk.answer(desk.host(name), query).json())
                        .runSubscriptionOn(Infrastructure.getDefaultWorkerPool()));
    }

    @GET
    @Path("backtest")
    @Operation(summary = "How proposals would have fared in each recent week, against the best window in hindsight", description = "Any viewer. For each of the last weeks: the window that would have been proposed from the weeks before it, the best window in hindsight and the regret between them; use it to judge how far to trust proposals for this host.")
    @APIResponse(responseCode = "200", description = "Per week: chosen, best, regret; and the median regret")
    @APIResponse(responseCode = "404", description = "No such host")
    public BacktestView backtest(@RestPath String name, @RestQuery @DefaultValue("8") @Min(1) @Max(52) int weeks,
            @RestQuery @DefaultValue("PT2H") String duration) {
        Host host = HostCatalog.require(name);
        Duration length = QueryValues.duration("duration", duration, Duration.ofHours(2));
        if (length.compareTo(Duration.ofMinutes(15)) < 0 || length.compareTo(Duration.ofDays(1)) > 0) {
            throw ApiProblem.invalid("duration", "must be between PT15M and P1D");
        }
        return BacktestView.of(host.name, host.zone(), length, desk.backtest(host, length, weeks));
    }
}
