package dev.lull.mail;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;

import org.junit.jupiter.api.DisplayNameGeneration;
import org.junit.jupiter.api.DisplayNameGenerator;
import org.junit.jupiter.api.Test;

/** When a person's digest is due: from their local hour on, on their local day, across DST nights. */
@DisplayNameGeneration(DisplayNameGenerator.ReplaceUnderscores.class)
class DigestMorningTest {
    private static final ZoneId PARIS = ZoneId.of("Europe/Paris");
    private static final ZoneId NEW_YORK = ZoneId.of("America/New_York");

    @Test
    void the_digest_is_due_from_the_local_hour_in_summer_and_in_winter() {
        assertThat(DigestMorning.due(Instant.parse("2027-07-01T11:30:00Z"), NEW_YORK, 7))
                .contains(LocalDate.of(2027, 7, 1));
        assertThat(DigestMorning.due(Instant.parse("2027-01-15T11:30:00Z"), NEW_YORK, 7)).isEmpty();
        assertThat(DigestMorning.due(Instant.parse("2027-01-15T12:00:00Z"), NEW_YORK, 7))
                .contains(LocalDate.of(2027, 1, 15));
    }

    @Test
    void the_day_is_the_readers_local_day_not_the_utc_one() {
        assertThat(DigestMorning.due(Instant.parse("2026-12-31T18:30:00Z"), ZoneId.of("Pacific/Auckland"), 7))
                .contains(LocalDate.of(2027, 1, 1));
        assertThat(DigestMorning.due(Instant.parse("2027-01-01T03:00:00Z"), NEW_YORK, 7))
                .as("22:00 on New Year's Eve in New York").contains(LocalDate.of(2026, 12, 31));
    }

    @Test
    void an_hour_the_spring_night_skips_counts_as_passed_once_the_clock_jumps_over_it() {
        assertThat(DigestMorning.due(Instant.parse("2027-03-28T00:59:00Z"), PARIS, 2)).isEmpty();
        assertThat(DigestMorning.due(Instant.parse("2027-03-28T01:00:00Z"), PARIS, 2))
                .contains(LocalDate.of(2027, 3, 28));
    }

    @Test
    void the_autumn_night_keeps_seven_oclock_on_the_wall_clock() {
        assertThat(DigestMorning.due(Instant.parse("2027-10-31T05:30:00Z"), PARIS, 7)).isEmpty();
        assertThat(DigestMorning.due(Instant.parse("2027-10-31T06:00:00Z"), PARIS, 7))
                .contains(LocalDate.of(2027, 10, 31));
    }
}
