package dev.lull.notify;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.DisplayNameGeneration;
import org.junit.jupiter.api.DisplayNameGenerator;
import org.junit.jupiter.api.Test;

@DisplayNameGeneration(DisplayNameGenerator.ReplaceUnderscores.class)
class StandardWebhooksTest {
    static final String SECRET = "whsec_AAECAwQFBgcICQoLDA0ODxAREhMUFRYXGBkaGxwdHh8=";

    @Test
    void the_signature_is_the_base64_hmac_of_id_timestamp_and_body_keyed_by_the_decoded_secret() {
        String body = "{\"type\":\"load.recovered\",\"timestamp\":\"2026-01-02T03:04:05Z\",\"data\":{\"host\":\"db-1\"}}";
        byte[] key = StandardWebhooks.key(SECRET).orElseThrow();
        // Computed independently with Python's hmac module.
        assertThat(StandardWebhooks.sign(key, "msg_abc", 1_767_323_045L, body))
                .isEqualTo("v1,IEuNByuNFxLzMa9V75O1nu8iAItCL7kt3tvDW7T4tiE=");
    }

    @Test
    void new_secrets_carry_32_random_bytes_and_differ() {
        String one = StandardWebhooks.newSecret();
        assertThat(one).startsWith("whsec_");
        assertThat(StandardWebhooks.key(one)).hasValueSatisfying(key -> assertThat(key).hasSize(32));
        assertThat(StandardWebhooks.newSecret()).isNotEqualTo(one);
    }

    @Test
    void secrets_without_the_prefix_or_with_too_few_bytes_or_bad_base64_are_refused() {
        assertThat(StandardWebhooks.key("AAECAwQFBgcICQoLDA0ODxAREhMUFRYXGBkaGxwdHh8=")).isEmpty();
        assertThat(StandardWebhooks.key("whsec_c2hvcnQ=")).isEmpty();
        assertThat(StandardWebhooks.key("whsec_***")).isEmpty();
        assertThat(StandardWebhooks.key(null)).isEmpty();
    }
}
