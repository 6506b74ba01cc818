package dev.lull.proposal;

import java.time.Duration;
import java.time.LocalTime;
import java.util.OptionalInt;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/**
 * Settings of window proposals: history depth, the quiet-hours fallback, plan breadth (notice: the schedule's), how
 * cached answers learn that they are stale, and the fits made ahead of the hour.
 */
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

    /**
     * How many new answers (history read, fit, search) are computed at once; the others wait their turn. Unset: twice
     * the cores.
     */
    OptionalInt maxConcurrentAnswers();

    /** How long a new answer waits for its turn before it is answered 503. */
    @WithDefault("30s")
    Duration answerWait();

    /** How this replica learns that the versions cached proposals are stamped with moved. */
    Versions versions();

    /** Fits made shortly before the hour for the hosts asked for in the last hour. */
    Refresh refresh();

    /** Fits made right after a start, before this replica reports ready. */
    WarmUp warmUp();

    interface Versions {
        /**
         * Listen to the database's announcements on a connection of its own and keep the versions in memory; false
         * reads them from the database on every request.
         */
        @WithDefault("true")
        boolean listen();

        /** How often the listener compares what it holds with the database (a safety net; also probes its connection). */
        @WithDefault("5s")
        Duration checkEvery();

        /** The first wait before connecting again after the connection was lost; it doubles up to a minute. */
        @WithDefault("1s")
        Duration reconnectAfter();
    }

    interface Refresh {
        /** How often the job looks whether the hour is about to turn ({@code off} in tests, which call it). */
        @WithDefault("30s")
        String every();

        /** How long before the hour the next hour's fits are made. */
        @WithDefault("3m")
        Duration ahead();

        /** At most this many fits made ahead per hour and replica, the most recently asked first. */
        @WithDefault("1000")
        int maxFits();
    }

    interface WarmUp {
        /** How many hosts' fits to make, those ingested most often first; 0 makes none. */
        @WithDefault("500")
        int hosts();

        /**
         * After the fits, how many clusters' busy periods and booking context to read (the largest first), so that
         * the first question about a host does not wait for its cluster's; 0 (or less) reads none.
         */
        @WithDefault("1000")
        int clusters();

        /** Ready after this long at the latest, however many fits are made by then. */
        @WithDefault("60s")
        Duration atMost();

        /**
         * After the fits, how long at most the replica asks its own questions over loopback HTTP with a pass it gives
         * itself ({@code WarmUpPass}), so that its HTTP path is compiled before it takes traffic; it stops earlier once
         * the JIT compiler has caught up ({@code CompilerQuiet}); 0s asks none.
         */
        @WithDefault("40s")
        Duration requestsFor();
    }
}
