package dev.lull.platform;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;

import org.junit.jupiter.api.Test;

/** Matching If-Match and If-None-Match headers against a current tag. */
class ETagsTest {

    @Test
    void a_header_matches_the_tag_itself_its_weak_form_or_a_star_among_others() {
        assertThat(ETags.matches("\"7\"", "\"7\"")).isTrue();
        assertThat(ETags.matches("\"3\", W/\"7\"", "\"7\"")).isTrue();
        assertThat(ETags.matches(" * ", "\"7\"")).isTrue();
        assertThat(ETags.matches("\"3\", \"8\"", "\"7\"")).isFalse();
        assertThat(ETags.matches("", "\"7\"")).isFalse();
        assertThat(ETags.matches(null, "\"7\"")).isFalse();
    }

    @Test
    void require_match_passes_without_a_header_and_refuses_a_stale_one() {
        ETags.requireMatch(null, 7);
        ETags.requireMatch(" ", 7);
        ETags.requireMatch("W/\"v7\"", 7);
        assertThatThrownBy(() -> ETags.requireMatch("\"v6\"", 7)).isInstanceOf(ApiProblem.class);
    }

    @Test
    void every_tag_starts_with_v_whether_a_row_version_or_a_rendered_document() {
        assertThat(ETags.of(7).getValue()).isEqualTo("v7");
        assertThat(ETags.value(Instant.ofEpochSecond(1_767_225_600), "9f2c1a0b3d4e5f60aabbccdd"))
                .isEqualTo("v1767225600-9f2c1a0b3d4e5f60");
        assertThatThrownBy(() -> ETags.requireMatch("\"7\"", 7)).isInstanceOf(ApiProblem.class);
    }
}
