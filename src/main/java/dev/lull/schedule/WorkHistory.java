package dev.lull.schedule;

import java.time.Instant;
import java.util.Collection;
import java.util.List;

/**
 * A feature that knows when work actually took hosts down (changes do: actual start to actual end) implements this;
 * service levels count it as planned downtime had. Callers use every implementation through {@code Instance}.
 */
public interface WorkHistory {
    /**
     * Per host, the periods within {@code span} during which carried-out work took it down; work still going on counts
     * up to {@code now}.
     */
    List<BusyPeriod> carriedOut(Collection<String> hosts, Interval span, Instant now);
}
