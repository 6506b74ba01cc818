package dev.lull.notify;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.util.Arrays;
import java.util.Base64;
import java.util.Optional;

import javax.crypto.AEADBadTagException;
import javax.crypto.Cipher;
import javax.crypto.SecretKey;
import javax.crypto.spec.GCMParameterSpec;
import javax.crypto.spec.SecretKeySpec;

/**
 * Encrypts webhook secrets at rest with AES-256-GCM under {@code lull.notify.secret-key}: {@code v1:} and the base64
 * of a random 12-byte nonce, the ciphertext and the 16-byte tag. Without a key, secrets stay as given.
 */
final class SecretSeal {
    static final String PROPERTY = "lull.notify.secret-key";
    static final String PREFIX = "v1:";
    static final int KEY_BYTES = 32;
    private static final int NONCE_BYTES = 12;
    private static final int TAG_BITS = 128;
    private static final byte[] ASSOCIATED_DATA = "lull webhook secret v1".getBytes(StandardCharsets.US_ASCII);
    private static final SecureRandom RANDOM = new SecureRandom();

    private final SecretKey key;

    private SecretSeal(SecretKey key) {
        this.key = key;
    }

    /** A seal under the base64 key, or one that stores plain text when there is none; refuses a malformed key. */
    static SecretSeal of(Optional<String> base64Key) {
        return new SecretSeal(base64Key.map(SecretSeal::decodeKey).orElse(null));
    }

    static SecretSeal of(NotifyConfig config) {
        return of(config.secretKey());
    }

    /** Whether values are encrypted (a key is configured). */
    boolean encrypts() {
        return key != null;
    }

    /** The form to store: sealed when a key is configured, else the secret as given. */
    String seal(String secret) {
        if (key == null) {
            return secret;
        }
        byte[] nonce = new byte[NONCE_BYTES];
        RANDOM.nextBytes(nonce);
        try {
            byte[] sealed = cipher(Cipher.ENCRYPT_MODE, nonce).doFinal(secret.getBytes(StandardCharsets.UTF_8));
            return PREFIX + Base64.getEncoder().encodeToString(ByteBuffer.allocate(nonce.length + sealed.length)
                    .put(nonce).put(sealed).array());
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("AES-GCM encryption failed", e);
        }
    }

    /** The secret of a stored value: a legacy {@code whsec_} value as is, a {@code v1:} value decrypted. */
    String open(String stored) {
        if (stored != null && stored.startsWith(StandardWebhooks.SECRET_PREFIX)) {
            return stored;
        }
        if (stored == null || !stored.startsWith(PREFIX)) {
            throw new IllegalStateException("the stored value is neither a whsec_ secret nor a v1: sealed one");
        }
        if (key == null) {
            throw new IllegalStateException("it is encrypted but " + PROPERTY + " is not set");
        }
        byte[] data;
        try {
            data = Base64.getDecoder().decode(stored.substring(PREFIX.length()));
        } catch (IllegalArgumentException e) {
            throw new IllegalStateException("the sealed value is not valid base64");
        }
        if (data.length < NONCE_BYTES + TAG_BITS / 8) {
            throw new IllegalStateException("the sealed value is too short");
        }
        try {
            byte[] nonce = Arrays.copyOf(data, NONCE_BYTES);
            byte[] plain = cipher(Cipher.DECRYPT_MODE, nonce).doFinal(data, NONCE_BYTES, data.length - NONCE_BYTES);
            return new String(plain, StandardCharsets.UTF_8);
        } catch (AEADBadTagException e) {
            throw new IllegalStateException("wrong " + PROPERTY + " or altered data (authentication failed)");
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("AES-GCM decryption failed: " + e.getMessage(), e);
        }
    }

    private Cipher cipher(int mode, byte[] nonce) throws GeneralSecurityException {
        Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
        cipher.init(mode, key, new GCMParameterSpec(TAG_BITS, nonce));
        cipher.updateAAD(ASSOCIATED_DATA);
        return cipher;
    }

    private static SecretKey decodeKey(String base64) {
        byte[] bytes;
        try {
            bytes = Base64.getDecoder().decode(base64.strip());
        } catch (IllegalArgumentException e) {
            throw new IllegalStateException(PROPERTY + " is not valid base64; generate one with "
                    + "`head -c 32 /dev/urandom | base64`");
        }
        if (bytes.length != KEY_BYTES) {
            throw new IllegalStateException(PROPERTY + " must be the base64 of " + KEY_BYTES + " bytes (AES-256), not "
                    + bytes.length + "; generate one with `head -c 32 /dev/urandom | base64`");
        }
        return new SecretKeySpec(bytes, "AES");
    }
}
