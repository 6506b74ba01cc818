package dev.lull.platform;

import java.util.List;
import java.util.Optional;

/**
 * Console sign-in through an OpenID Connect provider ({@code lull.platform.oidc.*}, authorization code flow): off
 * unless the provider's address is set; without it the embedded users' login form serves. Each key is read from its
 * {@code LULL_OIDC_*} variable, with the defaults, in application.properties.
 */
public interface OidcConfig {
    /** The provider's issuer address (discovery at {@code /.well-known/openid-configuration}); unset: no OIDC sign-in. */
    Optional<String> authServerUrl();

    /** The client id registered at the provider for Lull. */
    Optional<String> clientId();

    /** The client secret registered at the provider (from a Secret in production). */
    Optional<String> clientSecret();

    /** The provider's name on the login page's button, "Sign in with …". */
    String providerName();

    /** The ID token claim (a path such as {@code realm_access/roles} allowed) whose values are Lull roles. */
    String roleClaim();

    /** The claim that names the person (as approval roles name their owners); {@code sub} when it is missing. */
    String nameClaim();

    /** Scopes asked for besides {@code openid} (for instance {@code profile,groups}). */
    Optional<List<String>> scopes();

    /** With a provider, whether the login page still offers the embedded users' form. */
    boolean localForm();
}
