package dev.lull.loadsource;

/**
 * One mapped series of a remote write: its host (the host label's value), whether it is a counter, a fingerprint of
 * its labels, and its samples in the order sent (timestamps in epoch milliseconds).
 */
record RemoteSeries(String host, boolean counter, long fingerprint, long[] timestamps, double[] values) {
    int size() {
        return timestamps.length;
    }
}
