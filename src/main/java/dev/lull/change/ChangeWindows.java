package dev.lull.change;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import dev.lull.schedule.BusyKind;
import dev.lull.schedule.BusyPeriod;
import dev.lull.schedule.BusySource;
import dev.lull.schedule.Interval;

/**
 * Puts the windows of scheduled and running changes on the timeline, one period per host; a running EMERGENCY
 * change holds its hosts from its actual start.
 */
@ApplicationScoped
@Transactional(Transactional.TxType.SUPPORTS)
public class ChangeWindows implements BusySource {

    @Override
    public BusyKind kind() {
        return BusyKind.CHANGE;
    }

    @Override
    public List<BusyPeriod> busy(Collection<String> hosts, Interval range) {
        if (hosts.isEmpty()) {
            return List.of();
        }
        List<ChangeRequest> changes = ChangeRequest.find("select distinct c from ChangeRequest c join c.hosts h "
                + "where c.status in ?1 and (c.windowStart < ?2 or c.actualStart < ?2) and c.windowEnd > ?3 "
                + "and h in ?4",
                List.of(ChangeStatus.SCHEDULED, ChangeStatus.IMPLEMENT), range.end(), range.start(), hosts).list();
        List<BusyPeriod> periods = new ArrayList<>();
        for (ChangeRequest change : changes) {
            change.hosts.stream().filter(hosts::contains).forEach(host -> periods.add(new BusyPeriod(host,
                    change.heldWindow(), BusyKind.CHANGE, String.valueOf(change.id), change.title,
                    change.overridesBlackouts())));
        }
        return periods;
    }
}
