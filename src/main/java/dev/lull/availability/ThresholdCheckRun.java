package dev.lull.availability;

/** What one threshold check did: hosts judged, episodes started and ended, or skipped for another replica. */
public record ThresholdCheckRun(int hostsChecked, int exceeded, int recovered, boolean skipped) {
    static final ThresholdCheckRun SKIPPED = new ThresholdCheckRun(0, 0, 0, true);
}
