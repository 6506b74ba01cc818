package dev.lull.change;

import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * A change request as listings show it: its window also in the local time of its hosts, its approvals summed up and
 * the actions the caller may take now.
 */
public record ChangeSummary(long id, String title, ChangeType type, ChangeStatus status, Risk risk,
        String requester, List<String> hosts, WindowBody window, List<LocalWindow> localWindows,
        ApprovalSummary approvalSummary, Set<ChangeAction> allowedActions, Instant updatedAt) {

    /** The summary, with the local windows of the hosts found in {@code zones} (a map of more hosts is fine). */
    static ChangeSummary of(ChangeRequest change, Map<String, ZoneId> zones, Set<ChangeAction> allowedActions) {
        Map<String, ZoneId> own = new TreeMap<>();
        change.hosts.stream().filter(zones::containsKey).forEach(host -> own.put(host, zones.get(host)));
        return new ChangeSummary(change.id, change.title, change.type, change.status, change.risk, change.requester,
                change.hosts.stream().sorted().toList(), new WindowBody(change.windowStart, change.windowEnd),
                LocalWindow.of(change.window(), own), ApprovalSummary.of(change), allowedActions, change.updatedAt);
    }
}
