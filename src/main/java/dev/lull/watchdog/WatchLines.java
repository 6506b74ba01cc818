package dev.lull.watchdog;

import java.time.Clock;
import java.time.Instant;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import dev.lull.change.ChangeRequest;

/** One line on the watch of each change whose window is open now, for texts such as the calendar feed's. */
@ApplicationScoped
public class WatchLines {
    private final Clock clock;

    WatchLines(Clock clock) {
        this.clock = clock;
    }

    /** "Load watch: ALARM — reason" per change with an open window (one query for them all); none for the others. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public Map<Long, String> of(Collection<ChangeRequest> changes) {
        Instant now = clock.instant();
        List<Long> open = changes.stream().filter(change -> OpenWindows.open(change, now)).map(change -> change.id)
                .toList();
        if (open.isEmpty()) {
            return Map.of();
        }
        Map<Long, ChangeWatch> watches = ChangeWatch.<ChangeWatch>list("changeId in ?1", open).stream()
                .collect(Collectors.toMap(watch -> watch.changeId, Function.identity()));
        Map<Long, String> lines = new LinkedHashMap<>();
        for (Long id : open) {
            ChangeWatch watch = watches.get(id);
            lines.put(id, watch == null
                    ? "Load watch: QUIET — the window opened; no load decided yet"
                    : "Load watch: " + watch.shown() + " — " + watch.reason);
        }
        return lines;
    }
}
