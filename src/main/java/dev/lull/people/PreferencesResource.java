package dev.lull.people;

import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.RestHeader;
import org.jboss.resteasy.reactive.RestResponse;

import io.quarkus.security.identity.SecurityIdentity;

/** The caller's own mail preferences: which events, immediately or as a daily digest, time zone and language. */
@Path("/api/v1/me/preferences")
@Tag(name = "Me")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class PreferencesResource {
    private static final Preferences DEFAULTS = new Preferences(MailCadence.IMMEDIATE, null, true, null, null);
    private final PersonDirectory directory;
    private final SecurityIdentity identity;

    PreferencesResource(PersonDirectory directory, SecurityIdentity identity) {
        this.directory = directory;
        this.identity = identity;
    }

    @GET
    @RolesAllowed("**")
    @Operation(summary = "My mail preferences", description = "Any signed-in caller. Without a profile yet, the "
            + "defaults (every event, immediately, with invitations) and no ETag.")
    @APIResponse(responseCode = "200", description = "The caller's preferences, with the profile's ETag")
    public RestResponse<Preferences> get() {
        return directory.preferences(username()).map(stored -> stored.ok())
                .orElseGet(() -> RestResponse.ok(DEFAULTS));
    }

    @PUT
    @RolesAllowed("**")
    @Operation(summary = "Replace my mail preferences", description = "Any signed-in caller, for themself. When the "
            + "profile exists, send its ETag in If-Match; without one, the profile is created, named by the username.")
    @APIResponse(responseCode = "200", description = "The stored preferences, with the profile's ETag")
    @APIResponse(responseCode = "400", description = "Unknown event type, time zone or language")
    @APIResponse(responseCode = "412", description = "If-Match names an older version")
    public RestResponse<Preferences> put(@RestHeader("If-Match") String ifMatch,
            @Valid @NotNull Preferences preferences) {
        return directory.putPreferences(username(), preferences, ifMatch).ok();
    }

    private String username() {
        return identity.getPrincipal().getName();
    }
}
