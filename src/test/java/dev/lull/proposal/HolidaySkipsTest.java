package dev.lull.proposal;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;

import org.junit.jupiter.api.DisplayNameGeneration;
import org.junit.jupiter.api.DisplayNameGenerator;
import org.junit.jupiter.api.Test;

import dev.lull.holiday.HolidayDate;
import dev.lull.holiday.HostHolidays;
import dev.lull.schedule.Interval;

@DisplayNameGeneration(DisplayNameGenerator.ReplaceUnderscores.class)
class HolidaySkipsTest {
    private static final ZoneId ZURICH = ZoneId.of("Europe/Zurich");
    private static final HolidayDate EASTER_MONDAY = new HolidayDate(LocalDate.of(2026, 4, 6), "Easter Monday",
            "CH-ZH");

    @Test
    void the_engine_never_proposes_a_window_touching_a_holiday_and_the_reason_says_what_was_skipped() {
        Instant from = Instant.parse("2026-04-05T12:00:00Z");
        Interval period = new Interval(from, from.plus(Duration.ofDays(3)));
        HolidaySkips skips = new HolidaySkips(new HostHolidays(ZURICH, List.of(EASTER_MONDAY)), period);
        assertThat(skips.avoided()).containsExactly(new Interval(Instant.parse("2026-04-05T22:00:00Z"),
                Instant.parse("2026-04-06T22:00:00Z")));
        LoadSeries history = Synthetic.weeksBefore(from, 4, ZURICH, Synthetic::officeLoad);
        Proposal proposal = skips.annotate(new ProposalEngine().propose(history,
                new ProposalRequest(from, period.end(), Duration.ofHours(2), Duration.ofMinutes(15), 3),
                skips.avoided()));
        assertThat(proposal.candidates()).hasSize(3).allSatisfy(c -> {
            assertThat(c.localStart().toLocalDate()).isNotEqualTo(EASTER_MONDAY.date());
            assertThat(c.localEnd().toLocalDate()).isNotEqualTo(EASTER_MONDAY.date());
            assertThat(c.reason()).endsWith("; Mon 6 Apr is Easter Monday (CH-ZH): skipped");
        });
    }

    @Test
    void without_holidays_in_the_period_nothing_is_avoided_or_said() {
        Instant from = Instant.parse("2026-04-08T00:00:00Z");
        HolidaySkips skips = new HolidaySkips(new HostHolidays(ZURICH, List.of(EASTER_MONDAY)),
                new Interval(from, from.plus(Duration.ofDays(2))));
        assertThat(skips.avoided()).isEmpty();
    }
}
