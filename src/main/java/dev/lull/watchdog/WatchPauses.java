package dev.lull.watchdog;

import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import dev.lull.gate.GatePauses;

/** Tells the gate which windows the watchdog paused (one primary-key read), and what would reopen each. */
@ApplicationScoped
class WatchPauses implements GatePauses {

    @Override
    @Transactional(Transactional.TxType.SUPPORTS)
    public Optional<Pause> paused(long changeId) {
        return ChangeWatch.<ChangeWatch>findByIdOptional(changeId).filter(w -> w.paused)
                .map(w -> new Pause("paused by the load watchdog: " + w.reason, reopensWhen(w)));
    }

    static String reopensWhen(ChangeWatch watch) {
        return watch.state == WatchState.ALARM
                ? "the load staying below its band for the calm period, an override by a change manager "
                        + "(POST /api/v1/changes/" + watch.changeId + "/watch/override), or the window's end"
                : "load data arriving from every host of the change, an override by a change manager "
                        + "(POST /api/v1/changes/" + watch.changeId + "/watch/override), or the window's end";
    }
}
