package dev.lull.platform;

import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.time.Duration;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

import jakarta.enterprise.context.ApplicationScoped;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;

import io.quarkus.elytron.security.runtime.ElytronPasswordIdentityProvider;
import io.quarkus.security.identity.AuthenticationRequestContext;
import io.quarkus.security.identity.IdentityProvider;
import io.quarkus.security.identity.SecurityIdentity;
import io.quarkus.security.identity.request.UsernamePasswordAuthenticationRequest;
import io.quarkus.security.runtime.QuarkusSecurityIdentity;
import io.smallrye.mutiny.Uni;

/**
 * Remembers the password checks that succeeded, so that a caller's next request with the same user and password is
 * signed in on the thread that read it. The embedded users' realm checks each password on a worker thread, and that
 * hand-off and back cost a request answered from memory about as much as the answer itself. Only successes are kept
 * (at most one per configured user and password, the warm-up's pass besides, and {@link #MAX_KEPT} in all), for
 * {@link #KEPT_FOR}, without the password the realm puts in the identity; they are keyed by an HMAC under a key made
 * at start and never written, so neither a password nor its plain hash is held. A wrong password is checked by the
 * realm every time, as before.
 */
@ApplicationScoped
public class PasswordChecks implements IdentityProvider<UsernamePasswordAuthenticationRequest> {
    static final int MAX_KEPT = 1_000;
    static final Duration KEPT_FOR = Duration.ofMinutes(10);
    private static final String MAC = "HmacSHA256";
    private final ElytronPasswordIdentityProvider realm;
    private final SecretKeySpec key;
    private final Cache<ByteBuffer, SecurityIdentity> passed = Caffeine.newBuilder().maximumSize(MAX_KEPT)
            .expireAfterWrite(KEPT_FOR).build();

    PasswordChecks(ElytronPasswordIdentityProvider realm) {
        this.realm = realm;
        byte[] secret = new byte[32];
        new SecureRandom().nextBytes(secret);
        this.key = new SecretKeySpec(secret, MAC);
    }

    @Override
    public Class<UsernamePasswordAuthenticationRequest> getRequestType() {
        return UsernamePasswordAuthenticationRequest.class;
    }

    /** Asked before the realm (whose priority is the default, 1001); the realm is not asked again after it. */
    @Override
    public int priority() {
        return 2000;
    }

    @Override
    public Uni<SecurityIdentity> authenticate(UsernamePasswordAuthenticationRequest request,
            AuthenticationRequestContext context) {
        ByteBuffer fingerprint = fingerprint(request.getUsername(), request.getPassword().getPassword());
        SecurityIdentity known = passed.getIfPresent(fingerprint);
        if (known != null) {
            return Uni.createFrom().item(QuarkusSecurityIdentity.builder(known).addCredential(request.getPassword())
                    .build());
        }
        return realm.authenticate(request, context).invoke(identity -> {
            if (identity != null && !identity.isAnonymous()) {
                passed.put(fingerprint, withoutCredentials(identity));
            }
        });
    }

    /**
     * Admits {@code user} with {@code password} as {@code identity} without asking the realm, until {@link #forget}
     * or {@link #KEPT_FOR} (the replica's own pass while it warms up, {@link WarmUpPass}).
     */
    void admit(String user, char[] password, SecurityIdentity identity) {
        passed.put(fingerprint(user, password), withoutCredentials(identity));
    }

    /** Forgets that {@code user} with {@code password} passed; the realm is asked again next time. */
    void forget(String user, char[] password) {
        passed.invalidate(fingerprint(user, password));
    }

    /** The identities kept now, to inspect. */
    Collection<SecurityIdentity> kept() {
        return List.copyOf(passed.asMap().values());
    }

    /** The identity the realm made, as kept: its principal, roles and attributes (not the password it was given). */
    private static SecurityIdentity withoutCredentials(SecurityIdentity identity) {
        return QuarkusSecurityIdentity.builder().setPrincipal(identity.getPrincipal()).addRoles(identity.getRoles())
                .addAttributes(identity.getAttributes()).build();
    }

    /** The HMAC of the user name and the password, which are never kept themselves. */
    private ByteBuffer fingerprint(String user, char[] secret) {
        ByteBuffer password = StandardCharsets.UTF_8.encode(CharBuffer.wrap(secret));
        try {
            Mac mac = Mac.getInstance(MAC);
            mac.init(key);
            mac.update(user.getBytes(StandardCharsets.UTF_8));
            mac.update((byte) 0);
            mac.update(password);
            return ByteBuffer.wrap(mac.doFinal());
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HmacSHA256 is not available", e);
        } finally {
            Arrays.fill(password.array(), (byte) 0);
        }
    }
}
