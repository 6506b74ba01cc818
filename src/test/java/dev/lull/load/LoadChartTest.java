package dev.lull.load;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.DisplayNameGeneration;
import org.junit.jupiter.api.DisplayNameGenerator;
import org.junit.jupiter.api.Test;

import dev.lull.platform.PeriodView;

/** The recent-load chart: hosts summed, the band read in each host's zone, the summary and an accessible SVG. */
@DisplayNameGeneration(DisplayNameGenerator.ReplaceUnderscores.class)
class LoadChartTest {
    static final ZoneId PARIS = ZoneId.of("Europe/Paris");
    static final Instant FROM = Instant.parse("2027-03-22T00:00:00Z");
    static final Instant TO = FROM.plus(Duration.ofDays(7));

    /** A profile whose median is the local hour and p90 twice that. */
    static LoadProfile profile(String zone) {
        List<ProfileBucket> buckets = new ArrayList<>();
        for (DayOfWeek day : DayOfWeek.values()) {
            for (int hour = 0; hour < 24; hour++) {
                buckets.add(new ProfileBucket(day, hour, (double) hour, 2.0 * hour, (double) hour, 8));
            }
        }
        return new LoadProfile("h", zone, new PeriodView(FROM, TO), 8, buckets);
    }

    @Test
    void the_series_of_the_hosts_are_summed_and_the_band_read_in_each_hosts_own_zone() {
        LoadChart chart = LoadChart.of("cluster c", PARIS, FROM, TO,
                List.of(List.of(new LoadPoint(FROM, 10, 4)), List.of(new LoadPoint(FROM, 5, 4))),
                List.of(profile("Europe/Paris"), profile("UTC")), List.of());
        assertThat(chart.hours()).hasSize(168);
        LoadChart.Hour first = chart.hours().get(0);
        assertThat(first.messages()).isEqualTo(15.0);
        assertThat(first.median()).isEqualTo(1.0 + 0.0);
        assertThat(first.p90()).isEqualTo(2.0);
        assertThat(chart.hours().get(1).messages()).isNull();
    }

    @Test
    void the_summary_names_peak_and_quietest_hour_in_the_zone_and_the_hours_above_the_band() {
        LoadChart chart = LoadChart.of("host h", PARIS, FROM, TO, List.of(List.of(new LoadPoint(FROM, 3, 1),
                new LoadPoint(FROM.plus(Duration.ofHours(13)), 900, 1))), List.of(profile("Europe/Paris")),
                List.of(new LoadChart.Mark(FROM, FROM.plus(Duration.ofHours(2)), "change 1", "/changes/1")));
        assertThat(chart.summary()).isEqualTo("host h, last 7 days (hours in Europe/Paris): peak 900 messages at "
                + "Mon 22 Mar 14:00, quietest 3 at Mon 22 Mar 01:00; 2 hour(s) above the usual 90th percentile; "
                + "1 change window(s) marked.");
    }

    @Test
    void without_samples_the_chart_says_so_and_without_history_there_is_no_band() {
        LoadChart empty = LoadChart.of("host h", PARIS, FROM, TO, List.of(List.of()), List.of(), List.of());
        assertThat(empty.hasLoad()).isFalse();
        assertThat(empty.summary()).isEqualTo("No load was recorded for host h in the last 7 days.");
        LoadChart bandless = LoadChart.of("host h", PARIS, FROM, TO, List.of(List.of(new LoadPoint(FROM, 3, 1))),
                List.of(), List.of());
        assertThat(bandless.summary()).contains("no history yet for an expected band");
        assertThat(bandless.top()).isEqualTo(3.0);
    }

    @Test
    void the_svg_is_an_image_labelled_by_its_title_and_summary_with_numbered_marks_and_local_days() {
        LoadChart chart = LoadChart.of("host <h>", PARIS, FROM, TO, List.of(List.of(new LoadPoint(FROM, 3, 1))),
                List.of(profile("Europe/Paris")),
                List.of(new LoadChart.Mark(FROM, FROM.plus(Duration.ofHours(2)), "change 1 & co", "/changes/1")));
        String svg = LoadChartSvg.render(chart, "c");
        assertThat(svg).startsWith("<svg").contains("role=\"img\"", "aria-labelledby=\"c-t c-d\"",
                "<title id=\"c-t\">host &lt;h&gt; · messages per hour, last 7 days</title>", "<desc id=\"c-d\">",
                "<title>1. change 1 &amp; co</title>", ">Tue 23<", "<polygon", "stroke-dasharray=\"4 3\"");
        assertThat(svg).doesNotContain("NaN");
    }
}
