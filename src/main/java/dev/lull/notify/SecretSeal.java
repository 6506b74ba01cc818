package dev.lull.notify;

import java.util.Optional;

import dev.lull.platform.SealedText;

/**
 * Webhook secrets at rest: sealed with {@link SealedText} (AES-256-GCM) under {@code lull.notify.secret-key}, bound to
 * the webhook-secret purpose. Without a key, secrets stay as given.
 */
final class SecretSeal {
    static final String PROPERTY = "lull.notify.secret-key";
    static final String PREFIX = SealedText.PREFIX;
    private static final String PURPOSE = "lull webhook secret v1";

    private final SealedText sealed;

    private SecretSeal(SealedText sealed) {
        this.sealed = sealed;
    }

    /** A seal under the base64 key, or one that stores plain text when there is none; refuses a malformed key. */
    static SecretSeal of(Optional<String> base64Key) {
        return new SecretSeal(base64Key.map(key -> SealedText.of(key, PROPERTY, PURPOSE)).orElse(null));
    }

    static SecretSeal of(NotifyConfig config) {
        return of(config.secretKey());
    }

    /** Whether values are encrypted (a key is configured). */
    boolean encrypts() {
        return sealed != null;
    }

    /** The form to store: sealed when a key is configured, else the secret as given. */
    String seal(String secret) {
        return sealed == null ? secret : sealed.seal(secret);
    }

    /** The secret of a stored value: a legacy {@code whsec_} value as is, a {@code v1:} value decrypted. */
    String open(String stored) {
        if (stored != null && stored.startsWith(StandardWebhooks.SECRET_PREFIX)) {
            return stored;
        }
        if (stored == null || !stored.startsWith(PREFIX)) {
            throw new IllegalStateException("the stored value is neither a whsec_ secret nor a v1: sealed one");
        }
        if (sealed == null) {
            throw new IllegalStateException("it is encrypted but " + PROPERTY + " is not set");
        }
        return sealed.open(stored);
    }
}
