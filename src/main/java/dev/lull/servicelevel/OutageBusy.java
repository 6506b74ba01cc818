package dev.lull.servicelevel;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Set;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import dev.lull.schedule.BusyKind;
import dev.lull.schedule.BusyPeriod;
import dev.lull.schedule.BusySource;
import dev.lull.schedule.Interval;

/** Puts outages on the timeline, one period per host; an ongoing outage lasts to the end of the range asked. */
@ApplicationScoped
@Transactional(Transactional.TxType.SUPPORTS)
public class OutageBusy implements BusySource {

    @Override
    public BusyKind kind() {
        return BusyKind.OUTAGE;
    }

    @Override
    public List<BusyPeriod> busy(Collection<String> hosts, Interval range) {
        if (hosts.isEmpty()) {
            return List.of();
        }
        List<BusyPeriod> periods = new ArrayList<>();
        for (Outage outage : Outage.overlapping(Set.copyOf(hosts), range)) {
            Interval lasting = new Interval(outage.startAt, outage.endAt != null ? outage.endAt : range.end());
            outage.hosts.stream().filter(hosts::contains).sorted().forEach(host -> periods.add(new BusyPeriod(host,
                    lasting, BusyKind.OUTAGE, "outage " + outage.id, outage.cause, false)));
        }
        return periods;
    }
}
