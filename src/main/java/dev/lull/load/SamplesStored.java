package dev.lull.load;

import java.time.Instant;
import java.util.List;

/**
 * Raised (a CDI event) inside the transaction that stored a batch of samples: the hosts it touched and its first and
 * last sample. Features that follow live load observe it after the commit.
 */
public record SamplesStored(List<Long> hostIds, Instant first, Instant last) {
    public SamplesStored {
        hostIds = List.copyOf(hostIds);
    }
}
