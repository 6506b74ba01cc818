package dev.lull.watchdog;

import java.time.Instant;

/** What a host's forecast expects at an instant: the expected and the 90th-percentile load, messages per hour. */
public interface Band {
    /** Expected messages per hour at the instant. */
    double expected(Instant at);

    /** The 90th percentile of messages per hour at the instant, at least the expected. */
    double p90(Instant at);

    /** A band that expects nothing: every load is compared with the floor only. */
    Band NONE = new Band() {
        @Override
        public double expected(Instant at) {
            return 0;
        }

        @Override
        public double p90(Instant at) {
            return 0;
        }
    };
}
