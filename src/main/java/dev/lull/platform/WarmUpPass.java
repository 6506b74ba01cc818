package dev.lull.platform;

import java.nio.charset.StandardCharsets;
import java.security.SecureRandom;
import java.util.Base64;

import jakarta.enterprise.context.ApplicationScoped;

import io.quarkus.security.runtime.QuarkusPrincipal;
import io.quarkus.security.runtime.QuarkusSecurityIdentity;

/**
 * A pass a replica gives itself to warm up its own HTTP path before it takes traffic: Basic credentials for the user
 * {@value #USER} with 256 random bits as password, made at {@link #open}, never written anywhere, that
 * {@link PasswordChecks} admits as the viewer role until they are {@link #revoke}d. The warm-up's requests so take the
 * path a Basic caller's repeated requests take (mechanism, password check, augmentors), and it is compiled for them.
 */
@ApplicationScoped
public class WarmUpPass {
    /** The user the pass signs in as. */
    static final String USER = "lull-warm-up";
    private static final SecureRandom RANDOM = new SecureRandom();
    private final PasswordChecks checks;
    private char[] password;

    WarmUpPass(PasswordChecks checks) {
        this.checks = checks;
    }

    /** Opens a new pass, revoking any earlier one; the {@code Authorization} header value that presents it. */
    public synchronized String open() {
        revoke();
        byte[] bytes = new byte[32];
        RANDOM.nextBytes(bytes);
        password = Base64.getUrlEncoder().withoutPadding().encodeToString(bytes).toCharArray();
        checks.admit(USER, password, QuarkusSecurityIdentity.builder().setPrincipal(new QuarkusPrincipal(USER))
                .addRole(Roles.VIEWER).build());
        String credentials = USER + ":" + new String(password);
        return "Basic " + Base64.getEncoder().encodeToString(credentials.getBytes(StandardCharsets.UTF_8));
    }

    /** Whether a pass is open now. */
    public synchronized boolean isOpen() {
        return password != null;
    }

    /** From now on the pass is a wrong password, checked by the realm like any other. */
    public synchronized void revoke() {
        if (password != null) {
            checks.forget(USER, password);
            password = null;
        }
    }
}
