package dev.lull.console;

import java.net.URI;

import jakarta.annotation.security.PermitAll;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;

import org.jboss.resteasy.reactive.RestQuery;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import io.quarkus.security.Authenticated;
import io.quarkus.security.identity.SecurityIdentity;
import io.quarkus.vertx.http.runtime.security.FormAuthenticationMechanism;

import dev.lull.platform.AnyQueryParameters;
import dev.lull.platform.OidcSignIn;

/**
 * The sign-in page (the form posts to Quarkus's {@code /j_security_check}; with an OIDC provider, a "Sign in with …"
 * link starts its code flow at {@link OidcSignIn#PATH}) and sign-out from either.
 */
@Path("/")
@Produces(MediaType.TEXT_HTML)
public class SignIn {
    private final SecurityIdentity identity;
    private final OidcSignIn oidc;

    SignIn(SecurityIdentity identity, OidcSignIn oidc) {
        this.identity = identity;
        this.oidc = oidc;
    }

    /** What the login page offers: the provider's button (its name, or null without one) and the form. */
    record Offer(String provider, String path, boolean form) {
    }

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance login(boolean failed, boolean signedOut, Offer offer, String refusal);

        static native TemplateInstance logout();
    }

    @GET
    @Path("login")
    @PermitAll
    public TemplateInstance login(@RestQuery boolean error, @RestQuery boolean out) {
        return Templates.login(error, out, offer(), null);
    }

    /** The provider answered with an error instead of a code: the login page, saying what it said. */
    @GET
    @Path("login/refused")
    @PermitAll
    @AnyQueryParameters
    public TemplateInstance refused(@RestQuery String error, @RestQuery("error_description") String description) {
        String said = description == null || description.isBlank() ? error : description;
        return Templates.login(false, false, offer(), said == null || said.isBlank() ? "no reason given" : said);
    }

    private Offer offer() {
        return new Offer(oidc.enabled() ? oidc.providerName() : null, OidcSignIn.PATH, oidc.localForm());
    }

    /** Where the provider sends a person back to, signed in: on to the calendar. */
    @GET
    @Path("login/oidc")
    @Authenticated
    public Response signedInThroughProvider() {
        return Response.seeOther(URI.create("/")).build();
    }

    /**
     * A GET never signs anyone out (a link, a prefetch or a forged image could send one): it asks, with the same
     * button as the header's, a POST carrying the CSRF token.
     */
    @GET
    @Path("logout")
    @Authenticated
    public TemplateInstance confirmLogout() {
        return Templates.logout();
    }

    /** Signs out, a POST with the page's CSRF token (a post without it is refused before it gets here). */
    @POST
    @Path("logout")
    @Authenticated
    public Response logout(@Context UriInfo uri) {
        URI signedOut = uri.getBaseUriBuilder().path("login").queryParam("out", true).build();
        if (OidcSignIn.through(identity)) {
            return Response.seeOther(oidc.signOut(identity, signedOut)).build();
        }
        FormAuthenticationMechanism.logout(identity);
        return Response.seeOther(URI.create("/login?out=true")).build();
    }
}
