package dev.lull.watchdog;

import java.time.Duration;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/** The load watchdog: how often stale data is looked for, and the policy of clusters without their own. */
@ConfigMapping(prefix = "lull.watchdog")
public interface WatchdogConfig {
    /** How often open windows are checked for stale data (a Quarkus scheduler interval such as 1m, or off). */
    @WithDefault("1m")
    String checkEvery();

    /** What an alarm does by default: pause the gate or only notify. */
    @WithDefault("pause")
    Reaction onAlarm();

    /** What missing data does by default. */
    @WithDefault("notify")
    Reaction onUnknown();

    /** The band's factor on the forecast's p90. */
    @WithDefault("2.0")
    double factor();

    /** The least margin over the expected load, in messages per hour. */
    @WithDefault("60")
    double floor();

    /** The span live load is averaged over. */
    @WithDefault("PT10M")
    Duration span();

    /** How long every span must stay below the band before an alarm calms. */
    @WithDefault("PT15M")
    Duration calm();

    /** How long without data a host of an open window is UNKNOWN. */
    @WithDefault("PT15M")
    Duration staleAfter();

    /** How far back the watch of a change shows its hosts' figures (at most this many minutes, step by step). */
    @WithDefault("PT1H")
    Duration recent();

    /** The default policy. */
    default WatchPolicy policy() {
        return new WatchPolicy(onAlarm(), onUnknown(), factor(), floor(), span(), calm(), staleAfter());
    }
}
