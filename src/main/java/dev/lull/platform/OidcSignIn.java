package dev.lull.platform;

import java.net.URI;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Duration;

import jakarta.enterprise.event.Observes;
import jakarta.inject.Singleton;

import org.eclipse.microprofile.jwt.JsonWebToken;

import io.quarkus.oidc.Oidc;
import io.quarkus.oidc.OidcConfigurationMetadata;
import io.quarkus.oidc.OidcSession;
import io.quarkus.oidc.OidcTenantConfig;
import io.quarkus.oidc.runtime.OidcTenantConfig.ApplicationType;
import io.quarkus.oidc.runtime.OidcTenantConfig.Roles.Source;
import io.quarkus.security.identity.SecurityIdentity;
import io.quarkus.vertx.http.security.HttpSecurity;

/**
 * Console sign-in through an OpenID Connect provider, when {@code lull.platform.oidc.auth-server-url} is set: a web-app
 * tenant of its own, used only from {@link #PATH} on and then by its session cookie, so that no bearer token of the API
 * ever reaches it (SmallRye JWT keeps verifying those, as without a provider).
 */
@Singleton
public class OidcSignIn {
    /** The OIDC tenant of the console; its session cookie is {@code q_session_console}. */
    public static final String TENANT = "console";
    /** Where the code flow starts and the provider sends people back to (the redirect URI to register). */
    public static final String PATH = "/login/oidc";
    /** Where a person goes when the provider answers with an error instead of a code (declined, not allowed, ...). */
    public static final String REFUSED_PATH = "/login/refused";
    /** How long a session outlives its ID token while a refresh token can renew it. */
    static final Duration SESSION_EXTENSION = Duration.ofHours(8);

    private final OidcConfig config;
    private final OidcSession session;

    OidcSignIn(PlatformConfig platform, OidcSession session) {
        this.config = platform.oidc();
        this.session = session;
    }

    /** Whether a provider is configured. */
    public boolean enabled() {
        return config.authServerUrl().isPresent();
    }

    /** The provider's name for the login page. */
    public String providerName() {
        return config.providerName();
    }

    /** Whether the login page offers the embedded users' form: always without a provider, else when configured so. */
    public boolean localForm() {
        return !enabled() || config.localForm();
    }

    /** Whether this person signed in through the provider (rather than the form or an API credential). */
    public static boolean through(SecurityIdentity identity) {
        return !identity.isAnonymous() && TENANT.equals(identity.getAttribute("tenant-id"));
    }

    /**
     * Ends the person's session here (removes its cookie) and answers where to send them: the provider's end-session
     * endpoint (RP-initiated logout) when its discovery names one, which returns them to {@code signedOut}; else
     * {@code signedOut} at once.
     */
    public URI signOut(SecurityIdentity identity, URI signedOut) {
        session.logout().await().indefinitely();
        OidcConfigurationMetadata provider = identity.getAttribute("configuration-metadata");
        String endSession = provider == null ? null : provider.getEndSessionUri();
        if (endSession == null) {
            return signedOut;
        }
        StringBuilder uri = new StringBuilder(endSession).append(endSession.contains("?") ? '&' : '?');
        if (identity.getPrincipal() instanceof JsonWebToken idToken && idToken.getRawToken() != null) {
            uri.append("id_token_hint=").append(encoded(idToken.getRawToken())).append('&');
        }
        config.clientId().ifPresent(id -> uri.append("client_id=").append(encoded(id)).append('&'));
        return URI.create(uri.append("post_logout_redirect_uri=").append(encoded(signedOut.toString())).toString());
    }

    private static String encoded(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }

    void createTenant(@Observes Oidc oidc) {
        if (enabled()) {
            oidc.create(tenant(config));
        }
    }

    void startCodeFlowAtSignInPath(@Observes HttpSecurity http) {
        if (enabled()) {
            http.get(PATH).authorizationCodeFlow().authenticated();
        }
    }

    static OidcTenantConfig tenant(OidcConfig config) {
        var tenant = OidcTenantConfig.authServerUrl(config.authServerUrl().orElseThrow())
                .tenantId(TENANT)
                .applicationType(ApplicationType.WEB_APP)
                .tenantPaths(PATH)
                .roles(Source.idtoken, config.roleClaim())
                .token().principalClaim(config.nameClaim()).refreshExpired().end()
                .authentication().sessionAgeExtension(SESSION_EXTENSION).errorPath(REFUSED_PATH).end();
        config.clientId().ifPresent(tenant::clientId);
        config.clientSecret().ifPresent(tenant::credentials);
        config.scopes().ifPresent(scopes -> tenant.authentication().scopes(scopes).end());
        return tenant.build();
    }
}
