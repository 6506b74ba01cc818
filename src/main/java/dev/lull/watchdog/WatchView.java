package dev.lull.watchdog;

import java.time.Instant;
import java.util.List;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;

import dev.lull.platform.ApiNumbers;

/** The watch of a change: its state, the gate's pause, each host's live load against its band, the events so far. */
@Schema(description = "The load watch of a change's open window")
public record WatchView(
        @Schema(description = "The change") long changeId,
        @Schema(description = "QUIET, ALARM, UNKNOWN, OVERRIDDEN or OFF (no open window)") WatchState state,
        @Schema(description = "Since when the state holds; null when never watched") Instant since,
        @Schema(description = "Why, in one line") String reason,
        @Schema(description = "Whether the gate of the change's hosts and cluster answers 423 PAUSED") boolean paused,
        @Schema(description = "What would reopen a paused gate; null when not paused") String reopensWhen,
        @Schema(description = "The override holding, if any") Override override,
        @Schema(description = "The policy the change is watched by") WatchPolicyView policy,
        @Schema(description = "Each host's level tonight and recent steps: live, expected, p90 and band, messages per hour") List<HostSteps> hosts,
        @Schema(description = "The latest events (at most 50), oldest first") List<Event> events) {

    /** Who reopened the gate despite the alarm, when and why. */
    public record Override(String by, Instant at, String comment) {
    }

    /**
     * A host's level tonight (its load ÷ the forecast's in the half hour before the window opened; null when not known) and
     * its recent 5-minute steps.
     */
    public record HostSteps(String host, @JsonSerialize(using = ApiNumbers.Ratio.class) Double level,
            List<Step> steps) {
    }

    /**
     * One step: its start, live load, the expected load (at the host's level when known, as the engine takes it for
     * the span ending with the step), the forecast's p90 and the band's limit, messages per hour; live null without
     * data.
     */
    public record Step(Instant at,
            @JsonSerialize(using = ApiNumbers.Messages.class) Double live,
            @JsonSerialize(using = ApiNumbers.Messages.class) double expected,
            @JsonSerialize(using = ApiNumbers.Messages.class) double p90,
            @JsonSerialize(using = ApiNumbers.Messages.class) double limit) {
    }

    /** A move of the watch, or an override, with the figures it rested on. */
    public record Event(Instant at, WatchState state, String reason, String actor, JsonNode figures) {
    }
}
