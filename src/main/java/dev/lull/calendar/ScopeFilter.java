package dev.lull.calendar;

import java.util.Collection;
import java.util.Collections;
import java.util.LinkedHashSet;
import java.util.Set;

import dev.lull.change.ChangeRequest;
import dev.lull.schedule.BlackoutOccurrence;

/**
 * Decides which changes and blackouts a feed shows. A change is shown when it is everything's, or its requester is
 * the person, or it names one of the hosts, or it involves one of the roles (required, or owning a plan step).
 * Host and cluster feeds show the blackouts covering their hosts; other feeds show every blackout.
 */
record ScopeFilter(boolean everything, boolean allBlackouts, String requester, Set<String> hosts, String cluster,
        Set<String> roles) {

    static ScopeFilter all() {
        return new ScopeFilter(true, true, null, Set.of(), null, Set.of());
    }

    static ScopeFilter hosts(Set<String> hosts, String cluster) {
        return new ScopeFilter(false, false, null, hosts, cluster, Set.of());
    }

    static ScopeFilter roles(String requester, Set<String> roles) {
        return new ScopeFilter(false, true, requester, Set.of(), null, roles);
    }

    boolean covers(ChangeRequest change) {
        return everything || change.requester.equals(requester) || intersects(change.hosts, hosts)
                || intersects(rolesOf(change), roles);
    }

    boolean covers(BlackoutOccurrence blackout) {
        if (allBlackouts || blackout.hosts().isEmpty() && blackout.clusters().isEmpty()) {
            return true;
        }
        return intersects(blackout.hosts(), hosts) || cluster != null && blackout.clusters().contains(cluster);
    }

    /** The roles a change involves: those required and those owning a plan step. */
    static Set<String> rolesOf(ChangeRequest change) {
        Set<String> roles = new LinkedHashSet<>(change.requiredRoles);
        change.steps.forEach(step -> roles.add(step.role));
        return roles;
    }

    private static boolean intersects(Collection<String> a, Collection<String> b) {
        return !Collections.disjoint(a, b);
    }
}
