package dev.lull.console;

import java.net.URI;

import jakarta.annotation.security.PermitAll;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import org.jboss.resteasy.reactive.RestQuery;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import io.quarkus.security.Authenticated;
import io.quarkus.security.identity.SecurityIdentity;
import io.quarkus.vertx.http.runtime.security.FormAuthenticationMechanism;

/** The sign-in page (the form posts to Quarkus's {@code /j_security_check}) and sign-out. */
@Path("/")
@Produces(MediaType.TEXT_HTML)
public class SignIn {
    private final SecurityIdentity identity;

    SignIn(SecurityIdentity identity) {
        this.identity = identity;
    }

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance login(boolean failed, boolean signedOut);
    }

    @GET
    @Path("login")
    @PermitAll
    public TemplateInstance login(@RestQuery boolean error, @RestQuery boolean out) {
        return Templates.login(error, out);
    }

    @POST
    @Path("logout")
    @Authenticated
    public Response logout() {
        FormAuthenticationMechanism.logout(identity);
        return Response.seeOther(URI.create("/login?out=true")).build();
    }
}
