package dev.lull.calendar;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;

import org.junit.jupiter.api.DisplayNameGeneration;
import org.junit.jupiter.api.DisplayNameGenerator;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

@DisplayNameGeneration(DisplayNameGenerator.ReplaceUnderscores.class)
class ReadableDurationTest {

    @ParameterizedTest
    @CsvSource({"PT15M, 15 min", "PT1H, 1 h", "PT1H30M, 1 h 30 min", "PT26H, 26 h", "PT45S, 45 s",
            "PT2M5S, 2 min 5 s", "PT0S, 0 s"})
    void durations_read_as_people_write_them(String iso, String text) {
        assertThat(ReadableDuration.of(Duration.parse(iso))).isEqualTo(text);
    }
}
