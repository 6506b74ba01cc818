package dev.lull.watchdog;

import java.time.Duration;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A cluster's watch policy as it applies, and whether the cluster set it or it is the configured default. */
@Schema(description = "The watch policy that applies to a cluster's changes")
public record WatchPolicyView(
        @Schema(description = "The cluster (in a change's watch: null when none of its hosts is in a cluster)") String cluster,
        @Schema(description = "Whether the cluster set it (false: the configured defaults)") boolean own,
        @Schema(description = "What an alarm does") Reaction onAlarm,
        @Schema(description = "What missing data does") Reaction onUnknown,
        @Schema(description = "The band's factor on the p90") double factor,
        @Schema(description = "The least margin over the expected load, messages per hour") double floor,
        @Schema(description = "The averaging span") Duration span,
        @Schema(description = "The calm period") Duration calm,
        @Schema(description = "The stale-after period") Duration staleAfter) {

    /** The policy itself. */
    WatchPolicy policy() {
        return new WatchPolicy(onAlarm, onUnknown, factor, floor, span, calm, staleAfter);
    }

    static WatchPolicyView of(String cluster, WatchPolicy policy, boolean own) {
        return new WatchPolicyView(cluster, own, policy.onAlarm(), policy.onUnknown(), policy.factor(),
                policy.floor(), policy.span(), policy.calm(), policy.staleAfter());
    }
}
