package dev.lull.proposal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.Arrays;

import org.junit.jupiter.api.DisplayNameGeneration;
import org.junit.jupiter.api.DisplayNameGenerator.ReplaceUnderscores;
import org.junit.jupiter.api.Test;

@DisplayNameGeneration(ReplaceUnderscores.class)
class LoadSeriesTest {
    private static final Instant START = Instant.parse("2025-01-06T00:00:00Z");
    private static final int YEAR_OF_HOURS = 366 * 24;

    @Test
    void local_hours_read_once_per_transition_match_the_wall_clock_in_every_kind_of_zone() {
        for (String zone : new String[]{"Europe/Paris", "America/New_York", "Asia/Kolkata", "Australia/Lord_Howe",
                "Pacific/Chatham", "UTC"}) {
            LoadSeries series = LoadSeries.hourly(ZoneId.of(zone), START, new double[YEAR_OF_HOURS]);
            for (int i = 0; i < series.hours(); i++) {
                Instant hour = series.hourStart(i);
                assertThat(series.hourOfWeek(i)).as("%s at %s", zone, hour)
                        .isEqualTo(HourOfWeek.of(hour, ZoneId.of(zone)).index());
                long local = hour.getEpochSecond() + ZoneId.of(zone).getRules().getOffset(hour).getTotalSeconds();
                assertThat(series.localHour(i)).as("%s at %s", zone, hour).isEqualTo(Math.floorDiv(local, 3600));
            }
        }
    }

    @Test
    void a_series_cut_before_an_hour_or_given_samples_reads_the_same_local_hours_as_the_whole() {
        ZoneId paris = ZoneId.of("Europe/Paris");
        LoadSeries whole = LoadSeries.hourly(paris, START, new double[YEAR_OF_HOURS]);
        LoadSeries cut = whole.before(START.plus(Duration.ofDays(200)).plusSeconds(1));
        LoadSeries sampled = cut.withFiveMinuteSamples(new double[12]);
        assertThat(cut.hours()).isEqualTo(200 * 24);
        for (LoadSeries part : new LoadSeries[]{cut, sampled}) {
            for (int i = 0; i < part.hours(); i++) {
                assertThat(part.hourOfWeek(i)).isEqualTo(HourOfWeek.of(part.hourStart(i), paris).index());
                assertThat(part.localHour(i)).isEqualTo(whole.localHour(i));
            }
        }
    }

    @Test
    void five_minute_samples_from_a_later_start_read_as_gaps_before_it() {
        LoadSeries hourly = LoadSeries.hourly(ZoneId.of("Europe/Paris"), START, new double[48]);
        double[] recent = {1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12};
        LoadSeries series = hourly.withFiveMinuteSamplesFrom(START.plus(Duration.ofHours(40)), recent);

        assertThat(series.fiveMinuteSamples()).isEqualTo(40 * 12 + 12);
        assertThat(series.firstFiveMinuteSample()).isEqualTo(40 * 12);
        assertThat(series.fiveMinuteSample(0)).isNaN();
        assertThat(series.fiveMinuteSample(40 * 12 - 1)).isNaN();
        assertThat(series.fiveMinuteSample(40 * 12)).isEqualTo(1);
        assertThat(series.fiveMinuteSample(40 * 12 + 11)).isEqualTo(12);

        LoadSeries cut = series.before(START.plus(Duration.ofHours(40)).plus(Duration.ofMinutes(30)));
        assertThat(cut.fiveMinuteSamples()).isEqualTo(40 * 12 + 6);
        assertThat(cut.fiveMinuteSample(40 * 12 + 5)).isEqualTo(6);
        assertThat(series.before(START.plus(Duration.ofHours(30))).fiveMinuteSamples()).isZero();

        recent[0] = 99;
        assertThat(series.fiveMinuteSample(40 * 12)).as("the samples were copied").isEqualTo(1);
    }

    @Test
    void samples_off_the_five_minute_grid_or_before_the_start_are_refused() {
        LoadSeries hourly = LoadSeries.hourly(ZoneId.of("UTC"), START, new double[4]);
        double[] samples = new double[3];
        Arrays.fill(samples, 1);
        assertThatThrownBy(() -> hourly.withFiveMinuteSamplesFrom(START.plusSeconds(60), samples))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> hourly.withFiveMinuteSamplesFrom(START.minusSeconds(300), samples))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void the_shape_learnt_from_recent_samples_equals_the_one_learnt_from_samples_over_the_whole_series() {
        ZoneId paris = ZoneId.of("Europe/Paris");
        int hours = 24 * 14;
        double[] whole = new double[hours * 12];
        Arrays.fill(whole, Double.NaN);
        double[] recent = new double[24 * 7 * 12];
        for (int i = 0; i < recent.length; i++) {
            recent[i] = 10 + (i % 12) * (1 + (i / 12) % 5);
            whole[whole.length - recent.length + i] = recent[i];
        }
        LoadSeries hourly = LoadSeries.hourly(paris, START, new double[hours]);
        WithinHourShape fromWhole = WithinHourShape.learn(hourly.withFiveMinuteSamples(whole));
        WithinHourShape fromRecent = WithinHourShape.learn(
                hourly.withFiveMinuteSamplesFrom(START.plus(Duration.ofDays(7)), recent));
        for (long second = 0; second < 86_400; second += 300) {
            assertThat(fromRecent.factorAt(second)).isEqualTo(fromWhole.factorAt(second));
        }
    }

    @Test
    void samples_too_sparse_to_make_a_whole_hour_teach_no_shape() {
        int hours = 24 * 14;
        double[] hourlyAtTheHour = new double[hours * 12];
        Arrays.fill(hourlyAtTheHour, Double.NaN);
        for (int i = 0; i < hourlyAtTheHour.length; i += 12) {
            hourlyAtTheHour[i] = 100 + i % 7;
        }
        double[] elevenOfTwelve = new double[hours * 12];
        for (int i = 0; i < elevenOfTwelve.length; i++) {
            elevenOfTwelve[i] = i % 12 == 5 ? Double.NaN : 10 + i % 12;
        }
        LoadSeries hourly = LoadSeries.hourly(ZoneId.of("Europe/Paris"), START, new double[hours]);

        assertThat(WithinHourShape.learn(hourly.withFiveMinuteSamples(hourlyAtTheHour)))
                .isSameAs(WithinHourShape.UNIFORM);
        assertThat(WithinHourShape.learn(hourly.withFiveMinuteSamples(elevenOfTwelve)))
                .isSameAs(WithinHourShape.UNIFORM);
        assertThat(WithinHourShape.learn(hourly)).isSameAs(WithinHourShape.UNIFORM);
    }
}
