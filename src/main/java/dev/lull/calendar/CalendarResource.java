package dev.lull.calendar;

import java.util.Date;
import java.util.Optional;

import jakarta.annotation.security.PermitAll;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.core.EntityTag;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.RestHeader;
import org.jboss.resteasy.reactive.RestPath;

import dev.lull.platform.AnyQueryParameters;
import dev.lull.platform.ApiProblem;
import dev.lull.platform.ETags;

/** The feeds themselves, for calendar clients: no login, the secret token in the address is the credential. */
@Path("/calendar")
@Tag(name = "Calendar feeds")
public class CalendarResource {
    static final String MEDIA_TYPE = "text/calendar; charset=utf-8";
    private final FeedDesk desk;
    private final CalendarFeeds feeds;
    private final CalendarConfig config;

    CalendarResource(FeedDesk desk, CalendarFeeds feeds, CalendarConfig config) {
        this.desk = desk;
        this.feeds = feeds;
        this.config = config;
    }

    @GET
    @Path("{token}.ics")
    @PermitAll
    @AnyQueryParameters
    @Operation(summary = "A feed in iCalendar format (RFC 5545), by its secret address", description = "No credentials: the secret token in the address is the authorization, so calendar clients "
            + "can subscribe. Answers 304 to a matching If-None-Match; 404 when the token is unknown or revoked.")
    @APIResponse(responseCode = "200", description = "The feed, with ETag and Last-Modified")
    @APIResponse(responseCode = "304", description = "If-None-Match names the current ETag")
    @APIResponse(responseCode = "404", description = "No feed has this token, or it was revoked")
    public Response feed(@RestPath String token, @RestHeader("If-None-Match") String ifNoneMatch) {
        CalendarFeed feed = lookup(token).orElseThrow(() -> ApiProblem.notFound("no calendar feed at this address"));
        RenderedFeed rendered = feeds.render(feed);
        EntityTag tag = new EntityTag(rendered.etag());
        Response.ResponseBuilder response = ETags.matches(ifNoneMatch, "\"" + rendered.etag() + "\"")
                ? Response.notModified(tag)
                : Response.ok(rendered.body(), MEDIA_TYPE).tag(tag);
        return response.lastModified(Date.from(rendered.lastModified()))
                .header(HttpHeaders.CACHE_CONTROL, "private, max-age=" + config.refreshInterval().toSeconds())
                .header("Referrer-Policy", "no-referrer").build();
    }

    private Optional<CalendarFeed> lookup(String token) {
        return token.matches(FeedTokens.PATTERN) ? desk.find(token) : Optional.empty();
    }

}
