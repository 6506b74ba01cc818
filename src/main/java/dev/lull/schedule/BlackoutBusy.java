package dev.lull.schedule;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;

/** Puts blackout occurrences on the timeline, one period per host they cover. */
@ApplicationScoped
public class BlackoutBusy implements BusySource {
    private final BlackoutTimeline blackouts;

    BlackoutBusy(BlackoutTimeline blackouts) {
        this.blackouts = blackouts;
    }

    @Override
    public BusyKind kind() {
        return BusyKind.BLACKOUT;
    }

    @Override
    public List<BusyPeriod> busy(Collection<String> hosts, Interval range) {
        List<BusyPeriod> periods = new ArrayList<>();
        blackouts.forHosts(hosts, range).forEach((host, occurrences) -> occurrences
                .forEach(o -> periods.add(new BusyPeriod(host, o.window(), BusyKind.BLACKOUT,
                        String.valueOf(o.blackoutId()), o.name(), false))));
        return periods;
    }
}
