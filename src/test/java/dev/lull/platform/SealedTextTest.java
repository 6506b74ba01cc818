package dev.lull.platform;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.DisplayNameGeneration;
import org.junit.jupiter.api.DisplayNameGenerator;
import org.junit.jupiter.api.Test;

/** AES-256-GCM sealing of secrets at rest, without a database. */
@DisplayNameGeneration(DisplayNameGenerator.ReplaceUnderscores.class)
class SealedTextTest {
    static final String KEY = "pP/PQQteWmprsdbAGZB7C91jDgKLyGvSvEqjq46MuBQ=";
    static final String OTHER_KEY = "AAECAwQFBgcICQoLDA0ODxAREhMUFRYXGBkaGxwdHh8=";
    final SealedText seal = SealedText.of(KEY, "lull.test.key", "test v1");

    @Test
    void a_sealed_value_opens_to_the_secret_and_differs_every_time() {
        String once = seal.seal("s3cret-token");
        String twice = seal.seal("s3cret-token");

        assertThat(once).startsWith("v1:").doesNotContain("s3cret").isNotEqualTo(twice);
        assertThat(seal.open(once)).isEqualTo("s3cret-token");
        assertThat(seal.open(twice)).isEqualTo("s3cret-token");
    }

    @Test
    void another_key_another_purpose_or_an_altered_value_does_not_open() {
        String sealed = seal.seal("s3cret-token");
        char inside = sealed.charAt(10);
        String altered = sealed.substring(0, 10) + (inside == 'A' ? 'B' : 'A') + sealed.substring(11);

        assertThatThrownBy(() -> SealedText.of(OTHER_KEY, "lull.test.key", "test v1").open(sealed))
                .hasMessageContaining("wrong lull.test.key");
        assertThatThrownBy(() -> SealedText.of(KEY, "lull.test.key", "other v1").open(sealed))
                .hasMessageContaining("authentication failed");
        assertThatThrownBy(() -> seal.open(altered)).hasMessageContaining("authentication failed");
        assertThatThrownBy(() -> seal.open("plain")).hasMessageContaining("not sealed");
    }

    @Test
    void a_malformed_key_is_refused_naming_its_property() {
        assertThatThrownBy(() -> SealedText.of("not base64!", "lull.test.key", "p"))
                .hasMessageContaining("lull.test.key is not valid base64");
        assertThatThrownBy(() -> SealedText.of("AAEC", "lull.test.key", "p"))
                .hasMessageContaining("lull.test.key must be the base64 of 32 bytes");
    }
}
