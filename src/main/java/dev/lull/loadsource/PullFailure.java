package dev.lull.loadsource;

/** A pull of one host that failed for a reason the status shows: Prometheus' error, the connection, the series. */
class PullFailure extends RuntimeException {
    PullFailure(String message) {
        super(message, null, false, false);
    }
}
