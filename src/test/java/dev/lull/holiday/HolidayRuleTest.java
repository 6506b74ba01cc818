package dev.lull.holiday;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;

import org.junit.jupiter.api.DisplayNameGeneration;
import org.junit.jupiter.api.DisplayNameGenerator;
import org.junit.jupiter.api.Test;

import dev.lull.platform.ApiProblem;

@DisplayNameGeneration(DisplayNameGenerator.ReplaceUnderscores.class)
class HolidayRuleTest {
    private static final ZoneId ZURICH = ZoneId.of("Europe/Zurich");

    @Test
    void a_cantons_holidays_come_from_jollyday_with_custom_days_between_them() {
        HolidayRule rule = HolidayRule.of(new HolidayBody("ch", "ZH",
                List.of(new HolidayDay(LocalDate.of(2026, 12, 28), "Company shutdown"))));
        List<HolidayDate> dates = rule.between(LocalDate.of(2026, 12, 20), LocalDate.of(2027, 1, 2));
        assertThat(dates).extracting(HolidayDate::date).containsExactly(LocalDate.of(2026, 12, 25),
                LocalDate.of(2026, 12, 26), LocalDate.of(2026, 12, 28), LocalDate.of(2027, 1, 1));
        assertThat(dates).extracting(HolidayDate::source).containsExactly("CH-ZH", "CH-ZH", "custom", "CH-ZH");
        assertThat(rule.label()).isEqualTo("CH-ZH");
    }

    @Test
    void the_end_of_a_period_is_exclusive_and_bank_holidays_count() {
        HolidayRule zurich = new HolidayRule("CH", "zh", List.of());
        assertThat(zurich.between(LocalDate.of(2026, 5, 1), LocalDate.of(2026, 5, 1))).isEmpty();
        assertThat(zurich.between(LocalDate.of(2026, 4, 3), LocalDate.of(2026, 4, 4)))
                .extracting(HolidayDate::name).containsExactly("Good Friday");
        assertThat(zurich.between(LocalDate.of(2026, 1, 2), LocalDate.of(2026, 1, 3))).as("Berchtoldstag")
                .hasSize(1);
    }

    @Test
    void unknown_countries_and_regions_are_refused_by_name() {
        assertThatThrownBy(() -> HolidayRule.of(new HolidayBody("XX", null, null))).isInstanceOf(ApiProblem.class)
                .hasMessageContaining("country");
        assertThatThrownBy(() -> HolidayRule.of(new HolidayBody("CH", "xy", null))).isInstanceOf(ApiProblem.class)
                .hasMessageContaining("region");
        assertThatThrownBy(() -> HolidayRule.of(new HolidayBody(null, "zh", null))).isInstanceOf(ApiProblem.class)
                .hasMessageContaining("region");
    }

    @Test
    void a_window_touches_a_holiday_when_it_overlaps_its_local_day() {
        HolidayDate easterMonday = new HolidayDate(LocalDate.of(2026, 4, 6), "Easter Monday", "CH-ZH");
        HostHolidays holidays = new HostHolidays(ZURICH, List.of(easterMonday));
        Instant midnight = Instant.parse("2026-04-05T22:00:00Z");
        assertThat(holidays.touching(midnight.minusSeconds(7200), midnight)).isEmpty();
        assertThat(holidays.touching(midnight.minusSeconds(3600), midnight.plusSeconds(60))).contains(easterMonday);
        assertThat(holidays.touching(midnight.plusSeconds(86_400), midnight.plusSeconds(90_000))).isEmpty();
        assertThat(HostHolidays.describe(easterMonday)).isEqualTo("Mon 6 Apr is Easter Monday (CH-ZH)");
    }
}
