package dev.lull.proposal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.time.Duration;
import java.time.LocalDate;
import java.time.ZonedDateTime;
import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.DisplayNameGeneration;
import org.junit.jupiter.api.DisplayNameGenerator.ReplaceUnderscores;
import org.junit.jupiter.api.Test;

import dev.lull.schedule.Interval;

@DisplayNameGeneration(ReplaceUnderscores.class)
class HolidayForecastTest {
    static final LocalDate EASTER_MONDAY = LocalDate.parse("2025-04-21");
    static final LocalDate LABOUR_DAY = LocalDate.parse("2025-05-01");
    static final LocalDate ASCENSION = LocalDate.parse("2025-05-29");
    /** A Wednesday in the week proposed for (Monday 2 June 02:00 Paris to the next Monday). */
    static final LocalDate SHUTDOWN = LocalDate.parse("2025-06-04");
    static final Set<LocalDate> PAST = Set.of(EASTER_MONDAY, LABOUR_DAY, ASCENSION);
    final ProposalEngine engine = new ProposalEngine();

    /** Twelve weeks of office load in which the past holidays were quiet all day, 20 messages an hour. */
    static LoadSeries quietHolidays() {
        return Synthetic.weeksBefore(ProposalEngineTest.MONDAY, 12, ProposalEngineTest.PARIS,
                local -> PAST.contains(local.toLocalDate()) ? 20 : Synthetic.officeLoad(local));
    }

    static ProposalRequest week() {
        return ProposalEngineTest.week(ProposalEngineTest.MONDAY, Duration.ofHours(2), Duration.ofHours(1), 1);
    }

    @Test
    void with_three_past_holidays_a_coming_holiday_is_forecast_as_they_were() {
        Set<LocalDate> holidays = Set.of(EASTER_MONDAY, LABOUR_DAY, ASCENSION, SHUTDOWN);

        Candidate best = engine.propose(quietHolidays(), week(), List.of(), holidays).candidates().get(0);

        assertThat(best.localStart().toString()).isEqualTo("2025-06-04T00:00+02:00");
        assertThat(best.expectedMessages()).isCloseTo(40, within(1e-6));
        assertThat(best.p90Messages()).isGreaterThanOrEqualTo(40);
        assertThat(best.reason()).endsWith("; Wed 4 Jun is a holiday, forecast from 3 past holidays");
    }

    @Test
    void without_the_holidays_the_engine_forecasts_that_wednesday_as_any_other() {
        Candidate best = engine.propose(quietHolidays(), week(), List.of()).candidates().get(0);

        assertThat(best.localStart().toString()).isEqualTo("2025-06-08T03:00+02:00");
        assertThat(best.expectedMessages()).isCloseTo(100, within(1e-6));
        assertThat(best.reason()).doesNotContain("holiday");
    }

    @Test
    void with_fewer_than_three_past_holidays_a_coming_holiday_is_forecast_as_the_hosts_sunday() {
        Set<LocalDate> holidays = Set.of(LABOUR_DAY, ASCENSION, SHUTDOWN);
        Fitted fitted = engine.fit(quietHolidays(), ProposalEngineTest.MONDAY);
        Interval span = new Interval(week().from(), week().to());

        LoadForecast forecast = fitted.forecast(holidays, span);
        Forecasted curves = Forecasted.of(forecast, span);

        assertThat(fitted.holidayProfile(holidays).own()).isFalse();
        Interval holidayMorning = window("2025-06-04T10:00+02:00");
        Interval sundayMorning = window("2025-06-08T10:00+02:00");
        assertThat(curves.expected().total(holidayMorning)).isCloseTo(1000, within(1e-6))
                .isCloseTo(curves.expected().total(sundayMorning), within(1e-6));
        assertThat(curves.p90().total(holidayMorning)).isCloseTo(curves.p90().total(sundayMorning), within(1e-6));
        Candidate best = engine.propose(fitted, week(), List.of(), holidays).candidates().get(0);
        assertThat(best.localStart().toString()).as("as quiet as Sunday night, and earlier")
                .isEqualTo("2025-06-04T03:00+02:00");
        assertThat(best.reason())
                .endsWith("; Wed 4 Jun is a holiday, forecast as a Sunday (2 past holidays in history)");
    }

    @Test
    void a_past_holiday_the_history_mostly_misses_does_not_count() {
        LoadSeries gappy = Synthetic.weeksBefore(ProposalEngineTest.MONDAY, 12, ProposalEngineTest.PARIS,
                local -> local.toLocalDate().equals(LABOUR_DAY) && local.getHour() >= 12
                        ? Double.NaN
                        : PAST.contains(local.toLocalDate()) ? 20 : Synthetic.officeLoad(local));

        HolidayProfile profile = engine.fit(gappy, ProposalEngineTest.MONDAY)
                .holidayProfile(Set.of(EASTER_MONDAY, LABOUR_DAY, ASCENSION, SHUTDOWN));

        assertThat(profile.pastHolidays()).isEqualTo(2);
        assertThat(profile.expected()[10]).as("Sunday 10:00").isCloseTo(500, within(1e-6));
    }

    @Test
    void days_that_are_not_holidays_keep_the_weekly_forecast_and_the_training_keeps_the_holidays() {
        Set<LocalDate> holidays = Set.of(EASTER_MONDAY, LABOUR_DAY, ASCENSION, SHUTDOWN);
        Fitted fitted = engine.fit(quietHolidays(), ProposalEngineTest.MONDAY);
        Interval span = new Interval(week().from(), week().to());

        Forecasted with = Forecasted.of(fitted.forecast(holidays, span), span);
        Forecasted without = Forecasted.of(fitted.forecast(), span);

        assertThat(fitted.forecast(Set.of(LABOUR_DAY), span)).isSameAs(fitted.forecast());
        for (String start : List.of("2025-06-03T10:00+02:00", "2025-06-05T03:00+02:00", "2025-06-08T03:00+02:00")) {
            assertThat(with.expected().total(window(start)))
                    .isCloseTo(without.expected().total(window(start)), within(1e-6));
        }
        assertThat(with.expected().total(window("2025-06-04T10:00+02:00"))).isCloseTo(40, within(1e-6));
        assertThat(without.expected().total(window("2025-06-04T10:00+02:00"))).isCloseTo(2000, within(1e-6));
    }

    @Test
    void the_hourly_p90_of_a_few_past_holidays_is_their_conformal_90th_percentile() {
        LocalDate lastWednesday = LocalDate.parse("2025-05-28");
        Set<LocalDate> wednesdays = new java.util.HashSet<>();
        for (int weeksAgo = 1; weeksAgo <= 10; weeksAgo++) {
            wednesdays.add(lastWednesday.minusWeeks(weeksAgo - 1));
        }
        LoadSeries history = Synthetic.weeksBefore(ProposalEngineTest.MONDAY, 12, ProposalEngineTest.PARIS,
                local -> wednesdays.contains(local.toLocalDate())
                        ? 10.0 * (1 + java.time.temporal.ChronoUnit.WEEKS.between(local.toLocalDate(), lastWednesday))
                        : Synthetic.officeLoad(local));

        HolidayProfile profile = engine.fit(history, ProposalEngineTest.MONDAY).holidayProfile(wednesdays);

        assertThat(profile.pastHolidays()).isEqualTo(10);
        assertThat(profile.expected()[10]).as("weighted median, recent days weigh more").isEqualTo(50);
        assertThat(profile.p90()[10]).as("ten past days cannot put a 90th percentile under their largest, 100, "
                + "although the plain weighted one (the oldest, lightest day) would be 90").isEqualTo(100);
    }

    private static Interval window(String localStart) {
        return Interval.of(ZonedDateTime.parse(localStart).toInstant(), Duration.ofHours(2));
    }
}
