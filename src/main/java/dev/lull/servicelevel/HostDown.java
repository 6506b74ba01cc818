package dev.lull.servicelevel;

/**
 * One host of a cluster down: how many hosts stay up, whether that keeps the cluster's minAvailable, and the
 * capacity left against the load of the capacity advice ({@code capacityKnown} false when the host has none set).
 */
public record HostDown(String host, int hostsUp, boolean keepsMinAvailable, boolean capacityKnown,
        CapacityView.Scenario left) {
}
