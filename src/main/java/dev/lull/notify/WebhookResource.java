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
import jakarta.ws.rs.PUT;
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
    @Operation(summary = "Read a webhook (without its secret)", description = "Admins only; 404 when no webhook has this id. The ETag is what an edit sends in If-Match.")
    @APIResponse(responseCode = "200", description = "The webhook, with its ETag")
    @APIResponse(responseCode = "404", description = "No such webhook")
    public RestResponse<WebhookView> get(@RestPath long id) {
        return catalog.current(id).ok();
    }

    @PUT
    @Path("{id}")
    @Operation(summary = "Edit a webhook: its URL, its event types and, if given, its secret", description = "Admins only, with If-Match (428 without, 412 when stale). Checked as on registration: an absolute http(s) URL not pointing into an internal network, known event types, a Standard Webhooks secret. Without a secret the current one stays; the answer never shows it.")
    @APIResponse(responseCode = "200", description = "The edited webhook, with its ETag")
    @APIResponse(responseCode = "400", description = "A bad URL, an unknown event type or a malformed secret")
    @APIResponse(responseCode = "404", description = "No such webhook")
    @APIResponse(responseCode = "412", description = "If-Match names an older version")
    @APIResponse(responseCode = "428", description = "If-Match is missing")
    public RestResponse<WebhookView> update(@RestPath long id, @RestHeader("If-Match") String ifMatch,
            @Valid @NotNull WebhookRequest request) {
        return catalog.update(id, request, ifMatch).ok();
    }

    @POST
    @Path("{id}/secret")
    @Operation(summary = "Rotate a webhook's signing secret; the answer shows the new one, once", description = "Admins only. A new secret is generated and signs every delivery from now on, retries of earlier events included; give the receiver the new secret before rotating, or send your own with PUT.")
    @APIResponse(responseCode = "200", description = "The webhook with its new secret, shown this once")
    @APIResponse(responseCode = "404", description = "No such webhook")
    public RestResponse<WebhookView> rotateSecret(@RestPath long id) {
        return catalog.rotateSecret(id).ok();
    }

    @POST
    @Path("{id}/pause")
    @Operation(summary = "Pause a webhook: no new deliveries, pending ones wait", description = "Admins only. Events raised while it is paused are not recorded for it; its pending deliveries are held and go out after resume. Pausing a paused webhook changes nothing.")
    @APIResponse(responseCode = "200", description = "The paused webhook")
    @APIResponse(responseCode = "404", description = "No such webhook")
    public RestResponse<WebhookView> pause(@RestPath long id) {
        return catalog.pause(id, true).ok();
    }

    @POST
    @Path("{id}/resume")
    @Operation(summary = "Resume a paused webhook", description = "Admins only. Its held pending deliveries go out at once, and new events are delivered again. Resuming an active webhook changes nothing.")
    @APIResponse(responseCode = "200", description = "The active webhook")
    @APIResponse(responseCode = "404", description = "No such webhook")
    public RestResponse<WebhookView> resume(@RestPath long id) {
        return catalog.pause(id, false).ok();
    }

    @DELETE
    @Path("{id}")
    @Operation(summary = "Delete a webhook and its deliveries", description = "Admins only; If-Match is optional (412 when stale). Pending deliveries are dropped with it; 404 when no webhook has this id.")
    @APIResponse(responseCode = "204", description = "Deleted")
    @APIResponse(responseCode = "404", description = "No such webhook")
    @APIResponse(responseCode = "412", description = "If-Match names an older version")
    public void delete(@RestPath long id, @RestHeader("If-Match") String ifMatch) {
        catalog.delete(id, ifMatch);
    }

    @POST
    @Path("{id}/deliveries/{deliveryId}/redeliver")
    @Operation(summary = "Send a failed delivery again", description = "Admins only. Makes a new PENDING delivery of the same event (same webhook-id header, so receivers can drop a duplicate), due at once (after resume, if the webhook is paused). Only a FAILED delivery, and only while the event is neither pending nor delivered again: 409 otherwise.")
    @APIResponse(responseCode = "200", description = "The new pending delivery")
    @APIResponse(responseCode = "404", description = "No such webhook, or no such delivery of it")
    @APIResponse(responseCode = "409", description = "The delivery did not fail, or its event is already pending or delivered again")
    public DeliveryView redeliver(@RestPath long id, @RestPath long deliveryId) {
        return catalog.redeliver(id, deliveryId);
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
