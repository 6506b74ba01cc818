package dev.lull.whatif;

import java.time.Duration;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/** Settings of what-if replays: how many weeks, the ranking grid, what counts as quiet, and the bounds of a question. */
@ConfigMapping(prefix = "lull.whatif")
public interface WhatIfConfig {
    /** How many past weeks are replayed when none are asked for (at most 52 may be asked). */
    @WithDefault("8")
    int defaultWeeks();

    /** The grid on which a week's windows are ranked, from the local Monday 00:00. */
    @WithDefault("PT15M")
    Duration step();

    /** A week is quiet only if the window was quieter than at least this share of the week's windows. */
    @WithDefault("0.5")
    double quietShare();

    /** A week is busy when the window carried more than this many times the usual (median) load. */
    @WithDefault("2.0")
    double busyFactor();

    /** The longest window a what-if replays. */
    @WithDefault("P1D")
    Duration maxWindow();

    /** The most hosts whose load is read for one question, the members of their clusters included. */
    @WithDefault("200")
    int maxHostsRead();
}
