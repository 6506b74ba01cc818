package dev.lull.platform;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.Map;

import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;

/** Numbers and durations as the API writes them. */
class ApiNumbersTest {

    record Sample(@JsonSerialize(using = ApiNumbers.Messages.class) double messages,
            @JsonSerialize(using = ApiNumbers.Ratio.class) Double ratio,
            @JsonSerialize(using = ApiNumbers.Availability.class) double availability, Duration lasted) {
    }

    @Test
    void messages_round_to_a_tenth_ratios_to_four_digits_availability_to_six_decimals() {
        assertThat(ApiNumbers.messages(1234.5678)).isEqualTo(1234.6);
        assertThat(ApiNumbers.messages(0.04)).isEqualTo(0.0);
        assertThat(ApiNumbers.ratio(0.123456789)).isEqualTo(0.1235);
        assertThat(ApiNumbers.ratio(12345.678)).isEqualTo(12350.0);
        assertThat(ApiNumbers.ratio(0.0)).isEqualTo(0.0);
        assertThat(ApiNumbers.availability(0.99953712962)).isEqualTo(0.999537);
        assertThat(ApiNumbers.ratio(Double.NaN)).isNaN();
    }

    @Test
    void durations_round_to_the_nearest_whole_second() {
        assertThat(ApiNumbers.seconds(Duration.parse("PT2H45M36.4999S"))).isEqualTo(Duration.parse("PT2H45M36S"));
        assertThat(ApiNumbers.seconds(Duration.parse("PT0.5S"))).isEqualTo(Duration.ofSeconds(1));
        assertThat(ApiNumbers.seconds(Duration.parse("PT-0.5S"))).isEqualTo(Duration.ofSeconds(-1));
        assertThat(ApiNumbers.seconds(Duration.ofNanos(1))).isEqualTo(Duration.ZERO);
    }

    @Test
    void the_serializers_write_rounded_values() throws Exception {
        ObjectMapper mapper = new ObjectMapper().registerModule(new JavaTimeModule());
        new WholeSeconds().customize(mapper);
        String json = mapper.writeValueAsString(new Sample(1234.5678, 0.123456789, 0.99953712962,
                Duration.parse("PT2H45M36.7S")));
        assertThat(mapper.readValue(json, Map.class)).isEqualTo(Map.of("messages", 1234.6, "ratio", 0.1235,
                "availability", 0.999537, "lasted", "PT2H45M37S"));
    }
}
