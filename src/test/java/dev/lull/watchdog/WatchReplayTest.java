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
    void the_appserver_nights_after_its_level_shift_alarm_about_once_per_50_windows_and_all_nights_under_twice() {
        WatchReplay.Figures all = figures.get(0);
        WatchReplay.Figures afterShift = figures.get(1);
        assertThat(all.windows()).isGreaterThan(1700);
        assertThat(afterShift.windows()).isGreaterThan(1400);
        assertThat(all.falseAlarmsPer50()).isLessThanOrEqualTo(2.0);
        assertThat(afterShift.falseAlarmsPer50()).isLessThanOrEqualTo(1.1);
    }

    @Test
    void all_but_one_in_a_thousand_injected_3x_bursts_on_appserver_nights_are_caught_within_one_span_and_calm_after() {
        WatchReplay.Figures appserver = figures.get(0);
        assertThat(appserver.bursts()).isGreaterThan(1700);
        assertThat(appserver.caught()).isGreaterThanOrEqualTo(appserver.bursts() - appserver.bursts() / 1000);
        assertThat(appserver.calmed()).isGreaterThanOrEqualTo(appserver.caught());
        assertThat(appserver.slowestDetection()).isLessThanOrEqualTo(WatchPolicy.DEFAULT.span());
    }

    @Test
    void the_tweet_nights_are_replayed_too_though_their_night_counts_are_too_small_for_the_default_floor() {
        WatchReplay.Figures tweets = figures.stream().skip(2).reduce(WatchReplay.Figures::plus).orElseThrow();
        assertThat(tweets.windows()).isGreaterThan(100);
        assertThat(tweets.caught()).isPositive();
    }
}
