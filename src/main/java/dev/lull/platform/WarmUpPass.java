package dev.lull.platform;

import java.net.InetAddress;
import java.net.UnknownHostException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;

import io.quarkus.security.identity.IdentityProviderManager;
import io.quarkus.security.identity.SecurityIdentity;
import io.quarkus.security.runtime.QuarkusPrincipal;
import io.quarkus.security.runtime.QuarkusSecurityIdentity;
import io.quarkus.vertx.http.runtime.security.ChallengeData;
import io.quarkus.vertx.http.runtime.security.HttpAuthenticationMechanism;
import io.smallrye.mutiny.Uni;
import io.vertx.core.http.HttpHeaders;
import io.vertx.ext.web.RoutingContext;

/**
 * A pass a replica gives itself to warm up its own HTTP path before it takes traffic: 256 random bits made at
 * {@link #open}, never written anywhere, that read as the viewer role only when presented over loopback, and that no
 * longer exist once {@link #revoke}d. Any other {@code Authorization} leaves the other schemes to answer.
 */
@ApplicationScoped
public class WarmUpPass implements HttpAuthenticationMechanism {
    /** The {@code Authorization} scheme of the pass. */
    static final String SCHEME = "LullWarmUp ";
    private static final SecureRandom RANDOM = new SecureRandom();
    private volatile byte[] secret;

    /** Opens a new pass, revoking any earlier one; the {@code Authorization} header value that presents it. */
    public String open() {
        byte[] bytes = new byte[32];
        RANDOM.nextBytes(bytes);
        String value = Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
        secret = value.getBytes(StandardCharsets.US_ASCII);
        return SCHEME + value;
    }

    /** From now on the pass reads as no credential at all. */
    public void revoke() {
        secret = null;
    }

    @Override
    public Uni<SecurityIdentity> authenticate(RoutingContext context, IdentityProviderManager identities) {
        return Uni.createFrom().optional(identity(context));
    }

    private Optional<SecurityIdentity> identity(RoutingContext context) {
        byte[] expected = secret;
        String header = context.request().getHeader(HttpHeaders.AUTHORIZATION);
        if (expected == null || header == null || !header.startsWith(SCHEME)) {
            return Optional.empty();
        }
        byte[] presented = header.substring(SCHEME.length()).getBytes(StandardCharsets.US_ASCII);
        if (!MessageDigest.isEqual(expected, presented) || !loopback(context)) {
            return Optional.empty();
        }
        return Optional.of(QuarkusSecurityIdentity.builder().setPrincipal(new QuarkusPrincipal("lull-warm-up"))
                .addRole(Roles.VIEWER).build());
    }

    /** Whether the request came over loopback (its peer's address is an IP literal, so no name is looked up). */
    private static boolean loopback(RoutingContext context) {
        var address = context.request().remoteAddress();
        if (address == null || address.hostAddress() == null) {
            return false;
        }
        try {
            return InetAddress.getByName(address.hostAddress()).isLoopbackAddress();
        } catch (UnknownHostException e) {
            return false;
        }
    }

    /** The pass never challenges: the other schemes say how to sign in. */
    @Override
    public Uni<ChallengeData> getChallenge(RoutingContext context) {
        return Uni.createFrom().nullItem();
    }

    @Override
    public Uni<Boolean> sendChallenge(RoutingContext context) {
        return Uni.createFrom().item(false);
    }
}
