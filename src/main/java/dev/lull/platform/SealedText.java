package dev.lull.platform;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.util.Arrays;
import java.util.Base64;

import javax.crypto.AEADBadTagException;
import javax.crypto.Cipher;
import javax.crypto.SecretKey;
import javax.crypto.spec.GCMParameterSpec;
import javax.crypto.spec.SecretKeySpec;

/**
 * Secrets at rest with AES-256-GCM under a configured key: {@code v1:} and the base64 of a random 12-byte nonce, the
 * ciphertext and the 16-byte tag, bound to a purpose (associated data) so that a value sealed for one use cannot be
 * passed off as another's.
 */
public final class SealedText {
    public static final String PREFIX = "v1:";
    private static final int KEY_BYTES = 32;
    private static final int NONCE_BYTES = 12;
    private static final int TAG_BITS = 128;
    private static final SecureRandom RANDOM = new SecureRandom();
    private final SecretKey key;
    private final String property;
    private final byte[] purpose;

    private SealedText(SecretKey key, String property, String purpose) {
        this.key = key;
        this.property = property;
        this.purpose = purpose.getBytes(StandardCharsets.US_ASCII);
    }

    /** A seal under the base64 key of that property; refuses a malformed key, naming the property. */
    public static SealedText of(String base64Key, String property, String purpose) {
        return new SealedText(decodeKey(base64Key, property), property, purpose);
    }

    public String seal(String secret) {
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

    /** The secret of a sealed value; throws, naming the property, for a wrong key or an altered value. */
    public String open(String sealed) {
        if (!sealed.startsWith(PREFIX)) {
            throw new IllegalStateException("the stored value is not sealed (" + PREFIX + ")");
        }
        byte[] data;
        try {
            data = Base64.getDecoder().decode(sealed.substring(PREFIX.length()));
        } catch (IllegalArgumentException e) {
            throw new IllegalStateException("the sealed value is not valid base64");
        }
        if (data.length < NONCE_BYTES + TAG_BITS / 8) {
            throw new IllegalStateException("the sealed value is too short");
        }
        try {
            byte[] plain = cipher(Cipher.DECRYPT_MODE, Arrays.copyOf(data, NONCE_BYTES)).doFinal(data, NONCE_BYTES,
                    data.length - NONCE_BYTES);
            return new String(plain, StandardCharsets.UTF_8);
        } catch (AEADBadTagException e) {
            throw new IllegalStateException("wrong " + property + " or altered data (authentication failed)");
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("AES-GCM decryption failed: " + e.getMessage(), e);
        }
    }

    private Cipher cipher(int mode, byte[] nonce) throws GeneralSecurityException {
        Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
        cipher.init(mode, key, new GCMParameterSpec(TAG_BITS, nonce));
        cipher.updateAAD(purpose);
        return cipher;
    }

    private static SecretKey decodeKey(String base64, String property) {
        byte[] bytes;
        try {
            bytes = Base64.getDecoder().decode(base64.strip());
        } catch (IllegalArgumentException e) {
            throw new IllegalStateException(property + " is not valid base64; generate one with "
                    + "`head -c 32 /dev/urandom | base64`");
        }
        if (bytes.length != KEY_BYTES) {
            throw new IllegalStateException(property + " must be the base64 of " + KEY_BYTES + " bytes (AES-256), not "
                    + bytes.length + "; generate one with `head -c 32 /dev/urandom | base64`");
        }
        return new SecretKeySpec(bytes, "AES");
    }
}
