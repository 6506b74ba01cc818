package dev.lull.load;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;

import org.junit.jupiter.api.DisplayNameGeneration;
import org.junit.jupiter.api.DisplayNameGenerator;
import org.junit.jupiter.api.Test;

import dev.lull.platform.ApiProblem;

@DisplayNameGeneration(DisplayNameGenerator.ReplaceUnderscores.class)
class SeriesRangeTest {
    static final ZoneId PARIS = ZoneId.of("Europe/Paris");
    static final Duration KEPT = Duration.ofDays(730);
    static final Instant NOW = Instant.parse("2026-11-28T10:17:00Z");

    @Test
    void hourly_ranges_default_to_the_last_week_aligned_to_hours() {
        SeriesRange range = SeriesRange.of(Duration.ofHours(1), null, null, NOW, PARIS, KEPT);
        assertThat(range.to()).isEqualTo("2026-11-28T11:00:00Z");
        assertThat(range.from()).isEqualTo("2026-11-21T11:00:00Z");
    }

    @Test
    void daily_ranges_align_to_local_midnights_across_a_dst_change() {
        SeriesRange range = SeriesRange.of(Duration.ofDays(1), Instant.parse("2026-10-24T12:00:00Z"),
                Instant.parse("2026-10-26T12:00:00Z"), NOW, PARIS, KEPT);
        assertThat(range.from()).isEqualTo("2026-10-23T22:00:00Z");
        assertThat(range.to()).isEqualTo("2026-10-26T23:00:00Z");
    }

    @Test
    void unsupported_steps_and_too_many_points_are_refused() {
        assertThatThrownBy(() -> SeriesRange.of(Duration.ofMinutes(10), null, null, NOW, PARIS, KEPT))
                .isInstanceOf(ApiProblem.class).hasMessageContaining("step");
        assertThatThrownBy(() -> SeriesRange.of(Duration.ofMinutes(5), Instant.parse("2026-01-01T00:00:00Z"), NOW, NOW,
                PARIS, KEPT)).isInstanceOf(ApiProblem.class).hasMessageContaining("10000");
        assertThatThrownBy(() -> SeriesRange.of(Duration.ofHours(1), NOW, NOW.minusSeconds(7200), NOW, PARIS, KEPT))
                .isInstanceOf(ApiProblem.class).hasMessageContaining("after");
    }

    @Test
    void ranges_outside_the_kept_history_are_refused_naming_the_field() {
        assertThatThrownBy(() -> SeriesRange.of(Duration.ofDays(1), Instant.parse("2020-01-01T00:00:00Z"), NOW, NOW,
                PARIS, KEPT)).isInstanceOf(ApiProblem.class).hasMessageStartingWith("from:");
        assertThatThrownBy(() -> SeriesRange.of(Duration.ofDays(1), NOW, Instant.parse("2199-01-01T00:00:00Z"), NOW,
                PARIS, KEPT)).isInstanceOf(ApiProblem.class).hasMessageStartingWith("to:");
    }
}
