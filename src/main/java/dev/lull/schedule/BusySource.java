package dev.lull.schedule;

import java.util.Collection;
import java.util.List;

/** A feature that puts periods on the timeline (blackouts, change windows, outages) implements this. */
public interface BusySource {
    /** The kind of every period this source puts on the timeline. */
    BusyKind kind();

    /** The periods of these hosts that overlap {@code range}. */
    List<BusyPeriod> busy(Collection<String> hosts, Interval range);
}
