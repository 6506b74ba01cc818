package dev.lull.change;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import org.junit.jupiter.api.DisplayNameGeneration;
import org.junit.jupiter.api.DisplayNameGenerator;
import org.junit.jupiter.api.Test;

import dev.lull.holiday.HolidayDate;
import dev.lull.holiday.HostHolidays;
import dev.lull.schedule.Conflict;
import dev.lull.schedule.ConflictKind;
import dev.lull.schedule.Interval;

@DisplayNameGeneration(DisplayNameGenerator.ReplaceUnderscores.class)
class HolidayWarningsTest {
    private static final HolidayDate EASTER_MONDAY = new HolidayDate(LocalDate.of(2026, 4, 6), "Easter Monday",
            "CH-ZH");

    @Test
    void one_warning_per_holiday_names_the_hosts_whose_local_day_the_window_touches() {
        Interval window = new Interval(Instant.parse("2026-04-05T21:30:00Z"), Instant.parse("2026-04-05T23:30:00Z"));
        Map<String, HostHolidays> holidays = Map.of(
                "zrh1", new HostHolidays(ZoneId.of("Europe/Zurich"), List.of(EASTER_MONDAY)),
                "zrh2", new HostHolidays(ZoneId.of("Europe/Zurich"), List.of(EASTER_MONDAY)),
                "nyc1", new HostHolidays(ZoneId.of("America/New_York"), List.of(EASTER_MONDAY)));
        List<Conflict> warnings = HolidayWarnings.of(window, new TreeMap<>(holidays));
        assertThat(warnings).singleElement().satisfies(w -> {
            assertThat(w.kind()).isEqualTo(ConflictKind.HOLIDAY);
            assertThat(w.message()).isEqualTo(
                    "the window touches a holiday: Mon 6 Apr is Easter Monday (CH-ZH) on zrh1, zrh2");
            assertThat(w.details()).containsEntry("hosts", List.of("zrh1", "zrh2"));
        });
        assertThat(HolidayWarnings.of(window, Map.of("nyc1", holidays.get("nyc1")))).isEmpty();
    }
}
