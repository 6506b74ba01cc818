package dev.lull.proposal;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Set;

import org.junit.jupiter.api.DisplayNameGeneration;
import org.junit.jupiter.api.DisplayNameGenerator.ReplaceUnderscores;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import dev.lull.schedule.Interval;

@DisplayNameGeneration(ReplaceUnderscores.class)
class LoadCurveTest {
    static final Instant END = Instant.parse("2025-03-03T00:00:00Z");

    @ParameterizedTest
    @ValueSource(strings = {"Europe/Paris", "America/New_York", "Asia/Kathmandu", "Australia/Lord_Howe", "UTC"})
    void a_curve_filled_hour_by_hour_sums_each_slot_as_read_on_its_own(String zoneId) {
        ZoneId zone = ZoneId.of(zoneId);
        LoadForecast forecast = forecastWithShapeAndHolidays(zone);
        Interval span = new Interval(END, END.plus(Duration.ofDays(250)));

        for (LoadForecast.Rate rate : LoadForecast.Rate.values()) {
            LoadCurve curve = LoadCurve.of(span, forecast, rate);
            double cumulative = 0;
            for (Instant slot = span.start(); slot.isBefore(span.end()); slot = slot.plus(LoadSeries.FIVE_MINUTES)) {
                long local = slot.getEpochSecond() + zone.getRules().getOffset(slot).getTotalSeconds();
                cumulative += forecast.rateAtLocal(rate, local) / 12;
                Instant next = slot.plus(LoadSeries.FIVE_MINUTES);
                assertThat(curve.total(new Interval(span.start(), next))).as("%s %s until %s", zoneId, rate, next)
                        .isEqualTo(cumulative);
            }
        }
    }

    /** Four weeks of office load, the last three with a within-hour shape, forecast with two coming holidays. */
    private static LoadForecast forecastWithShapeAndHolidays(ZoneId zone) {
        LoadSeries hourly = Synthetic.weeksBefore(END, 4, zone, Synthetic::officeLoad);
        Instant rawStart = END.minus(Duration.ofDays(21));
        double[] raw = new double[21 * 288];
        for (int i = 0; i < raw.length; i++) {
            raw[i] = (50 + 40 * Math.sin(i % 12)) * (1 + i / 288 % 7);
        }
        Fitted fitted = new ProposalEngine().fit(hourly.withFiveMinuteSamplesFrom(rawStart, raw), END);
        LocalDate first = END.atZone(zone).toLocalDate();
        Interval span = new Interval(END, END.plus(Duration.ofDays(250)));
        return fitted.forecast(Set.of(first.plusDays(20), first.plusDays(200)), span);
    }
}
