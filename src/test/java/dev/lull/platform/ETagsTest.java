package dev.lull.platform;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

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
        ETags.requireMatch("W/\"7\"", 7);
        assertThatThrownBy(() -> ETags.requireMatch("\"6\"", 7)).isInstanceOf(ApiProblem.class);
    }
}
