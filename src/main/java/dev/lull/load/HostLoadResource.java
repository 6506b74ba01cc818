package dev.lull.load;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;

import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.RestPath;
import org.jboss.resteasy.reactive.RestQuery;

import dev.lull.inventory.Host;
import dev.lull.inventory.HostCatalog;
import dev.lull.platform.PeriodView;
import dev.lull.platform.QueryValues;
import dev.lull.platform.Roles;

/** A host's load history: series, hour-of-week profile and heatmap. */
@Path("/api/v1/hosts/{name}/load")
@Tag(name = "Load history")
@RolesAllowed(Roles.VIEWER)
public class HostLoadResource {
    private final LoadQueries queries;
    private final Clock clock;
    private final LoadConfig config;

    HostLoadResource(LoadQueries queries, Clock clock, LoadConfig config) {
        this.queries = queries;
        this.clock = clock;
        this.config = config;
    }

    @GET
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "Load between from and to at step PT5M (raw), PT1H or P1D (the host's local days)", description = "Messages per step between from and to (at most the listing's maximum span). Any viewer "
            + "may call it; 404 for an unknown host, 400 for a bad range or step.")
    @APIResponse(responseCode = "200", description = "The points that have samples, oldest first")
    @APIResponse(responseCode = "400", description = "A bad step, instant, or more than 10,000 points")
    @APIResponse(responseCode = "404", description = "No such host")
    public LoadSeriesView series(@RestPath String name, @RestQuery String from, @RestQuery String to,
            @RestQuery @DefaultValue("PT1H") String step) {
        Host host = HostCatalog.require(name);
        SeriesRange range = SeriesRange.of(QueryValues.duration("step", step, Duration.ofHours(1)),
                QueryValues.instant("from", from, null), QueryValues.instant("to", to, null), clock.instant(),
                host.zone(), config.rollupRetention());
        return new LoadSeriesView(host.name, host.timeZone, range.step(), new PeriodView(range.from(), range.to()),
                queries.series(host.id, host.zone(), range.from(), range.to(), range.step()));
    }

    @GET
    @Path("profile")
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "Hour-of-week profile of messages per hour over the last weeks, in the host's time zone", description = "The mean messages per hour for each of the 168 hours of the week, over the last weeks, in "
            + "the host's own time zone (DST included). Any viewer; 404 for an unknown host.")
    @APIResponse(responseCode = "200", description = "168 buckets, Monday 00:00 first")
    @APIResponse(responseCode = "404", description = "No such host")
    public LoadProfile profile(@RestPath String name, @RestQuery @DefaultValue("8") @Min(1) @Max(104) int weeks) {
        return profileOf(HostCatalog.require(name), weeks);
    }

    @GET
    @Path("heatmap.svg")
    @Produces("image/svg+xml")
    @Operation(summary = "The hour-of-week profile as an SVG heatmap for browsers and wikis", description = "The same profile as GET …/load/profile, drawn as an SVG image to embed in a wiki or "
            + "dashboard. Any viewer; 404 for an unknown host.")
    @APIResponse(responseCode = "200", description = "An SVG image")
    @APIResponse(responseCode = "404", description = "No such host")
    public String heatmap(@RestPath String name, @RestQuery @DefaultValue("8") @Min(1) @Max(104) int weeks) {
        return HeatmapSvg.render(profileOf(HostCatalog.require(name), weeks));
    }

    private LoadProfile profileOf(Host host, int weeks) {
        Instant to = clock.instant().truncatedTo(ChronoUnit.HOURS);
        Instant from = to.minus(Duration.ofDays(7L * weeks));
        return new LoadProfile(host.name, host.timeZone, new PeriodView(from, to), weeks,
                queries.profile(host.id, host.zone(), from, to));
    }
}
