package dev.lull.change;

import java.net.URI;

import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
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
import org.jboss.resteasy.reactive.RestHeader;
import org.jboss.resteasy.reactive.RestPath;
import org.jboss.resteasy.reactive.RestQuery;
import org.jboss.resteasy.reactive.RestResponse;

import io.quarkus.security.identity.SecurityIdentity;

import dev.lull.platform.Paged;
import dev.lull.platform.Roles;
import dev.lull.platform.Versioned;

/** Standard change templates: the catalogue of pre-approved routine work that STANDARD changes must stay inside. */
@Path("/api/v1/standard-changes")
@Tag(name = "Standard changes")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class StandardTemplateResource {
    private final StandardTemplates templates;
    private final SecurityIdentity identity;

    StandardTemplateResource(StandardTemplates templates, SecurityIdentity identity) {
        this.templates = templates;
        this.identity = identity;
    }

    @POST
    @RolesAllowed(Roles.CHANGE_MANAGER)
    @Operation(summary = "Write a standard change template (a change manager); it starts as a DRAFT", description = "Change managers only. A template bounds the hosts, clusters, duration and steps of pre-approved STANDARD changes; 422 for an unknown host, cluster or role.")
    @APIResponseSchema(value = TemplateView.class, responseCode = "201", responseDescription = "Created; Location names the template")
    @APIResponse(responseCode = "400", description = "Invalid fields, or no host and no cluster in its scope")
    @APIResponse(responseCode = "422", description = "An unknown host, cluster or approval role")
    public RestResponse<TemplateView> create(@Valid @NotNull TemplateBody body) {
        Versioned<TemplateView> created = templates.create(body, Caller.of(identity));
        return created.created(URI.create("/api/v1/standard-changes/" + created.body().id()));
    }

    @GET
    @RolesAllowed(Roles.VIEWER)
    @Operation(summary = "List the templates, oldest first, optionally of one status, a page at a time", description = "Any viewer, one page at a time.")
    public Paged<TemplateView> list(@RestQuery TemplateStatus status, @RestQuery @DefaultValue("0") @Min(0) int page,
            @RestQuery @DefaultValue(Paged.DEFAULT_SIZE) @Min(1) @Max(Paged.MAX_SIZE) int size) {
        return templates.list(status, page, size);
    }

    @GET
    @Path("{id}")
    @RolesAllowed(Roles.VIEWER)
    @Operation(summary = "Read a template", description = "Any viewer. The ETag is what activate and retire send in If-Match; 404 when no template has this id.")
    @APIResponse(responseCode = "200", description = "The template, with its ETag")
    @APIResponse(responseCode = "404", description = "No such template")
    public RestResponse<TemplateView> get(@RestPath long id) {
        return templates.get(id).ok();
    }

    @POST
    @Path("{id}/activate")
    @RolesAllowed(Roles.CHANGE_MANAGER)
    @Operation(summary = "Approve a DRAFT template once: STANDARD changes inside it are then scheduled on submit", description = "Change managers only, with If-Match; 409 when the template is not a DRAFT.")
    @APIResponse(responseCode = "200", description = "The template after the change, with its new ETag")
    @APIResponse(responseCode = "404", description = "No such template")
    @APIResponse(responseCode = "409", description = "The template is not a DRAFT")
    @APIResponse(responseCode = "412", description = "If-Match names an older version")
    public RestResponse<TemplateView> activate(@RestPath long id, @RestHeader("If-Match") String ifMatch) {
        return templates.activate(id, ifMatch, Caller.of(identity)).ok();
    }

    @POST
    @Path("{id}/retire")
    @RolesAllowed(Roles.CHANGE_MANAGER)
    @Operation(summary = "Retire a template: no STANDARD change may be submitted or rescheduled under it any more", description = "Change managers only, with If-Match; changes already booked under it stay booked. 409 when already retired.")
    @APIResponse(responseCode = "200", description = "The template after the change, with its new ETag")
    @APIResponse(responseCode = "404", description = "No such template")
    @APIResponse(responseCode = "409", description = "Already retired")
    @APIResponse(responseCode = "412", description = "If-Match names an older version")
    public RestResponse<TemplateView> retire(@RestPath long id, @RestHeader("If-Match") String ifMatch) {
        return templates.retire(id, ifMatch, Caller.of(identity)).ok();
    }
}
