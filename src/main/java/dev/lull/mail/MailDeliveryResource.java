package dev.lull.mail;

import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.RestQuery;

import dev.lull.platform.Paged;
import dev.lull.platform.Roles;

/** The log of e-mail notifications: who was sent what, and how delivery went. */
@Path("/api/v1/mail/deliveries")
@Tag(name = "Notifications")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed(Roles.ADMIN)
public class MailDeliveryResource {
    private final MailDeliveries deliveries;

    MailDeliveryResource(MailDeliveries deliveries) {
        this.deliveries = deliveries;
    }

    @GET
    @Operation(summary = "E-mail deliveries, newest first: recipient, subject, status, attempts, last error", description = "Admins only. Filter by status (SKIPPED lists the people told nothing for want of an "
            + "address), recipient username, change id or event type; page through with page and size.")
    @APIResponse(responseCode = "200", description = "One page of deliveries")
    public Paged<MailDeliveryView> list(@RestQuery MailStatus status,
            @Parameter(description = "Only messages to this person (their username)") @RestQuery @Size(max = 100) String recipient,
            @Parameter(description = "Only messages about this change (its id)") @RestQuery @Min(1) Long change,
            @Parameter(description = "Only messages about this event type, e.g. change.scheduled") @RestQuery @Size(max = 64) String type,
            @RestQuery @DefaultValue("0") @Min(0) int page,
            @RestQuery @DefaultValue(Paged.DEFAULT_SIZE) @Min(1) @Max(Paged.MAX_SIZE) int size) {
        return deliveries.list(new MailDeliveries.Filter(status, recipient, change, type), page, size);
    }
}
