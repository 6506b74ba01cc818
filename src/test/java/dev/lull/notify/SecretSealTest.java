package dev.lull.notify;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Base64;
import java.util.Optional;

import org.junit.jupiter.api.DisplayNameGeneration;
import org.junit.jupiter.api.DisplayNameGenerator;
import org.junit.jupiter.api.Test;

@DisplayNameGeneration(DisplayNameGenerator.ReplaceUnderscores.class)
class SecretSealTest {
    static final String KEY = "doWPjqXTpvCwgYPJOMgQgefvJNwMI+nCAk+cR9kRHvA=";
    static final String OTHER_KEY = "AAECAwQFBgcICQoLDA0ODxAREhMUFRYXGBkaGxwdHh8=";
    static final String SECRET = StandardWebhooksTest.SECRET;
    final SecretSeal seal = SecretSeal.of(Optional.of(KEY));

    @Test
    void a_sealed_secret_opens_to_itself_and_shows_nothing_of_it() {
        String sealed = seal.seal(SECRET);
        assertThat(sealed).startsWith("v1:").doesNotContain(SECRET.substring("whsec_".length(), 20));
        assertThat(seal.open(sealed)).isEqualTo(SECRET);
    }

    @Test
    void two_seals_of_the_same_secret_differ() {
        assertThat(seal.seal(SECRET)).isNotEqualTo(seal.seal(SECRET));
    }

    @Test
    void altered_data_is_refused() {
        byte[] data = Base64.getDecoder().decode(seal.seal(SECRET).substring(3));
        data[20] ^= 1;
        String tampered = "v1:" + Base64.getEncoder().encodeToString(data);
        assertThatThrownBy(() -> seal.open(tampered)).isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("authentication failed");
        assertThatThrownBy(() -> seal.open("v1:AAAA")).isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("too short");
        assertThatThrownBy(() -> seal.open("v1:not base64!")).isInstanceOf(IllegalStateException.class);
    }

    @Test
    void a_wrong_key_is_refused() {
        String sealed = seal.seal(SECRET);
        assertThatThrownBy(() -> SecretSeal.of(Optional.of(OTHER_KEY)).open(sealed))
                .isInstanceOf(IllegalStateException.class).hasMessageContaining("wrong lull.notify.secret-key");
    }

    @Test
    void without_a_key_a_sealed_secret_is_refused_and_a_new_one_stored_as_given() {
        SecretSeal none = SecretSeal.of(Optional.empty());
        String sealed = seal.seal(SECRET);
        assertThatThrownBy(() -> none.open(sealed)).isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("lull.notify.secret-key is not set");
        assertThat(none.encrypts()).isFalse();
        assertThat(none.seal(SECRET)).isEqualTo(SECRET);
    }

    @Test
    void a_legacy_plain_text_secret_passes_through_and_anything_else_is_refused() {
        assertThat(seal.open(SECRET)).isEqualTo(SECRET);
        assertThat(SecretSeal.of(Optional.empty()).open(SECRET)).isEqualTo(SECRET);
        assertThatThrownBy(() -> seal.open("v2:abc")).isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("neither");
    }

    @Test
    void a_key_that_is_not_32_bytes_of_base64_is_refused_by_name() {
        assertThatThrownBy(() -> SecretSeal.of(Optional.of("c2hvcnQ="))).isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("lull.notify.secret-key must be the base64 of 32 bytes (AES-256), not 5");
        assertThatThrownBy(() -> SecretSeal.of(Optional.of("not base64!"))).isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("lull.notify.secret-key is not valid base64");
    }

    @Test
    void the_longest_secret_accepted_still_fits_the_column_sealed() {
        String longest = "whsec_" + Base64.getEncoder().encodeToString(new byte[StandardWebhooks.MAX_KEY_BYTES]);
        assertThat(longest).hasSize(94);
        assertThat(seal.seal(longest)).hasSize(3 + 4 * ((12 + 94 + 16 + 2) / 3)).hasSizeLessThanOrEqualTo(200);
    }
}
