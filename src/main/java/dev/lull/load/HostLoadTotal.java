package dev.lull.load;

/** A rated host's messages over a span: its capacity, the total, and how many samples made it. */
public record HostLoadTotal(long hostId, String host, String cluster, double capacityPerMinute, double messages,
        long samples) {
}
