package dev.lull.schedule;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Instance;

/** What is planned per host, gathered from every {@link BusySource}: "what is busy between A and B?". */
@ApplicationScoped
public class Timeline {
    private final Instance<BusySource> sources;

    Timeline(Instance<BusySource> sources) {
        this.sources = sources;
    }

    /** Every busy period of these hosts overlapping {@code range}, by start. */
    public List<BusyPeriod> busy(Collection<String> hosts, Interval range) {
        return busy(hosts, range, EnumSet.allOf(BusyKind.class));
    }

    /** The busy periods of these {@code kinds} for these hosts overlapping {@code range}, by start. */
    public List<BusyPeriod> busy(Collection<String> hosts, Interval range, Set<BusyKind> kinds) {
        List<BusyPeriod> periods = new ArrayList<>();
        for (BusySource source : sources) {
            if (kinds.contains(source.kind())) {
                periods.addAll(source.busy(hosts, range));
            }
        }
        periods.sort(Comparator.comparing((BusyPeriod p) -> p.interval().start()).thenComparing(BusyPeriod::host));
        return periods;
    }
}
