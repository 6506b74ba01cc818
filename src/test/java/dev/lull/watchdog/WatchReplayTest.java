package dev.lull.watchdog;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayNameGeneration;
import org.junit.jupiter.api.DisplayNameGenerator;
import org.junit.jupiter.api.Test;

/** The watchdog replayed on real nights of ../shared/data at default settings (docs/WATCHDOG.md). */
@DisplayNameGeneration(DisplayNameGenerator.ReplaceUnderscores.class)
class WatchReplayTest {
    static final Path DATA = Path.of("../shared/data");
    static List<WatchReplay.Figures> figures;

    @BeforeAll
    static void replay() throws IOException {
        assumeTrue(Files.isDirectory(DATA.resolve("appserver")) && Files.isDirectory(DATA.resolve("nab")),
                "../shared/data is not there");
        figures = WatchReplay.evaluate(DATA);
        figures.forEach(System.out::println);
    }

    @Test
    void the_appserver_nights_alarm_falsely_at_most_once_per_50_windows_before_and_after_the_level_shift() {
        WatchReplay.Figures all = figures.get(0);
        WatchReplay.Figures afterShift = figures.get(1);
        assertThat(all.windows()).isGreaterThan(1700);
        assertThat(afterShift.windows()).isGreaterThan(1400);
        assertThat(all.falseAlarmsPer50()).isLessThanOrEqualTo(1.0);
        assertThat(afterShift.falseAlarmsPer50()).isLessThanOrEqualTo(1.0);
    }

    @Test
    void every_injected_3x_burst_on_an_appserver_night_is_caught_within_one_span_and_calms_before_the_window_ends() {
        WatchReplay.Figures appserver = figures.get(0);
        assertThat(appserver.bursts()).isGreaterThan(1700);
        assertThat(appserver.missed()).isEmpty();
        assertThat(appserver.caught()).isEqualTo(appserver.bursts());
        assertThat(appserver.calmed()).isEqualTo(appserver.bursts());
        assertThat(appserver.slowestDetection()).isLessThanOrEqualTo(WatchPolicy.DEFAULT.span());
    }

    @Test
    void the_tweet_nights_are_replayed_too_though_their_night_counts_are_too_small_for_the_default_floor() {
        WatchReplay.Figures tweets = figures.stream().skip(2).reduce(WatchReplay.Figures::plus).orElseThrow();
        assertThat(tweets.windows()).isGreaterThan(100);
        assertThat(tweets.caught()).isPositive();
    }
}
