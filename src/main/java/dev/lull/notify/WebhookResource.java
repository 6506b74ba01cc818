package dev.lull.notify;

import java.net.URI;

import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponseSchema;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.RestPath;
import org.jboss.resteasy.reactive.RestQuery;
import org.jboss.resteasy.reactive.RestResponse;

import dev.lull.platform.Paged;
import dev.lull.platform.Roles;

/** Webhooks: endpoints that receive signed events, and the log of what was sent to them. */
@Path("/api/v1/webhooks")
@Tag(name = "Notifications")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@RolesAllowed(Roles.ADMIN)
public class WebhookResource {
    private final WebhookCatalog catalog;

    WebhookResource(WebhookCatalog catalog) {
        this.catalog = catalog;
    }

    @POST
    @Operation(summary = "Register a webhook for some event types; the answer shows its signing secret, once", description = "Admins only. The signing secret (Standard Webhooks) is shown in this answer only; a URL that is not an absolute http(s) URL, or that points into an internal network, is refused with 400.")
    @APIResponseSchema(value = WebhookView.class, responseCode = "201", responseDescription = "Created; Location names the webhook")
    @APIResponse(responseCode = "400", description = "A bad URL, an unknown event type or a malformed secret")
    public RestResponse<WebhookView> create(@Valid @NotNull WebhookRequest request) {
        WebhookView created = catalog.create(request);
        return RestResponse.ResponseBuilder.<WebhookView>created(URI.create("/api/v1/webhooks/" + created.id()))
                .entity(created).build();
    }

    @GET
    @Operation(summary = "List webhooks, oldest first (without secrets), a page at a time", description = "Admins only, one page at a time. Secrets are never shown again.")
    public Paged<WebhookView> list(@RestQuery @DefaultValue("0") @Min(0) int page,
            @RestQuery @DefaultValue(Paged.DEFAULT_SIZE) @Min(1) @Max(Paged.MAX_SIZE) int size) {
        return catalog.list(page, size);
    }

    @GET
    @Path("{id}")
    @Operation(summary = "Read a webhook (without its secret)", description = "Admins only; 404 when no webhook has this id.")
    @APIResponse(responseCode = "200", description = "The webhook")
    @APIResponse(responseCode = "404", description = "No such webhook")
    public WebhookView get(@RestPath long id) {
        return catalog.get(id);
    }

    @DELETE
    @Path("{id}")
    @Operation(summary = "Delete a webhook and its deliveries", description = "Admins only. Pending deliveries are dropped with it; 404 when no webhook has this id.")
    @APIResponse(responseCode = "204", description = "Deleted")
    @APIResponse(responseCode = "404", description = "No such webhook")
    public void delete(@RestPath long id) {
        catalog.delete(id);
    }

    @GET
    @Path("{id}/deliveries")
    @Operation(summary = "A webhook's deliveries, newest first: status, attempts, last error, next attempt", description = "Admins only. Use it to see why a receiver missed events; filter by status and page through with page and size.")
    @APIResponse(responseCode = "200", description = "One page of deliveries")
    @APIResponse(responseCode = "404", description = "No such webhook")
    public Paged<DeliveryView> deliveries(@RestPath long id, @RestQuery DeliveryStatus status,
            @RestQuery @DefaultValue("0") @Min(0) int page,
            @RestQuery @DefaultValue(Paged.DEFAULT_SIZE) @Min(1) @Max(Paged.MAX_SIZE) int size) {
        return catalog.deliveries(id, status, page, size);
    }
}
