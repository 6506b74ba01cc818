package dev.lull.load;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.time.format.DateTimeParseException;

import org.junit.jupiter.api.DisplayNameGeneration;
import org.junit.jupiter.api.DisplayNameGenerator;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

@DisplayNameGeneration(DisplayNameGenerator.ReplaceUnderscores.class)
class TimestampsTest {

    @ParameterizedTest
    @ValueSource(strings = {"2026-11-02T08:05:00Z", "2000-01-01T00:00:00Z", "2024-02-29T23:59:59Z",
            "1999-12-31T23:59:59Z", "2100-03-01T00:00:00Z", "2026-03-29T01:30:00Z", "1970-01-01T00:00:00Z"})
    void the_fast_path_agrees_with_the_jdk(String text) {
        assertThat(Timestamps.parse(text)).isEqualTo(Instant.parse(text));
    }

    @Test
    void other_iso_shapes_fall_back_to_the_jdk() {
        assertThat(Timestamps.parse("2026-11-02T08:05:00.250Z")).isEqualTo(Instant.parse("2026-11-02T08:05:00.250Z"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"2026-02-30T00:00:00Z", "2026-13-01T00:00:00Z",
            "2026-11-02 08:05:00Z", "2026-1a-02T08:05:00Z", "yesterday"})
    void invalid_instants_are_refused(String text) {
        assertThatThrownBy(() -> Timestamps.parse(text)).isInstanceOf(DateTimeParseException.class);
    }
}
