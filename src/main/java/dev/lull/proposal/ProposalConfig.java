package dev.lull.proposal;

import java.time.LocalTime;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/** Settings of window proposals: history depth, the quiet-hours fallback and plan breadth (notice: the schedule's). */
@ConfigMapping(prefix = "lull.proposals")
public interface ProposalConfig {
    /** How many weeks of hourly history the engine learns from. */
    @WithDefault("26")
    int historyWeeks();

    /** Start of the local quiet hours used with under a week of history. */
    @WithDefault("02:00")
    LocalTime quietStart();

    /** End of the local quiet hours used with under a week of history. */
    @WithDefault("05:00")
    LocalTime quietEnd();

    /** How many candidate windows per host a cluster plan chooses among. */
    @WithDefault("24")
    int planCandidates();
}
