package dev.lull.change;

import java.util.Set;

import dev.lull.schedule.Interval;

/** The change whose window is checked; {@code blackoutOverride} is the reason an EMERGENCY change gives, or null. */
public record PlannedChange(long id, ChangeType type, Set<String> hosts, Interval window, Plan plan,
        String blackoutOverride) {
    public PlannedChange {
        hosts = Set.copyOf(hosts);
    }

    /** Whether blackouts are overridden: only an EMERGENCY change with a reason may. */
    public boolean overridesBlackouts() {
        return overrides(type, blackoutOverride);
    }

    /** The rule itself: an EMERGENCY change that gives a reason overrides blackouts. */
    static boolean overrides(ChangeType type, String blackoutOverride) {
        return type == ChangeType.EMERGENCY && blackoutOverride != null && !blackoutOverride.isBlank();
    }
}
