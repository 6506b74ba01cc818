package dev.lull.holiday;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;

import org.junit.jupiter.api.DisplayNameGeneration;
import org.junit.jupiter.api.DisplayNameGenerator;
import org.junit.jupiter.api.Test;

import dev.lull.platform.ApiProblem;

@DisplayNameGeneration(DisplayNameGenerator.ReplaceUnderscores.class)
class IcsHolidaysTest {

    @Test
    void an_all_day_event_without_dtend_is_one_day_and_a_floating_timed_one_is_skipped() {
        IcsHolidays.Found found = IcsHolidays.read(IcsHolidayImportTest.ics(
                "DTSTART;VALUE=DATE:20270802\r\nSUMMARY:Sechseläuten\r\n",
                "DTSTART:20270803T090000\r\nSUMMARY:Meeting\r\n"));
        assertThat(found.days()).containsExactly(new HolidayDay(LocalDate.of(2027, 8, 2), "Sechseläuten"));
        assertThat(found.events()).isEqualTo(2);
        assertThat(found.skipped()).isEqualTo(1);
    }

    @Test
    void an_event_ending_before_it_starts_or_without_a_name_is_refused() {
        assertThatThrownBy(() -> IcsHolidays.read(IcsHolidayImportTest.ics(
                IcsHolidayImportTest.allDay(LocalDate.of(2027, 1, 5), LocalDate.of(2027, 1, 4), "Backwards"))))
                .isInstanceOf(ApiProblem.class).hasMessageContaining("Backwards must end 1 to 31 days");
        assertThatThrownBy(() -> IcsHolidays.read(IcsHolidayImportTest.ics("DTSTART;VALUE=DATE:20270105\r\n")))
                .isInstanceOf(ApiProblem.class).hasMessageContaining("SUMMARY");
        assertThatThrownBy(() -> IcsHolidays.read(IcsHolidayImportTest.ics(
                IcsHolidayImportTest.allDay(LocalDate.of(2250, 1, 5), LocalDate.of(2250, 1, 6), "Far"))))
                .isInstanceOf(ApiProblem.class).hasMessageContaining("between 1970-01-01 and 2199-12-31");
    }
}
