package dev.lull.watchdog;

import java.time.Duration;

import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import dev.lull.platform.ApiProblem;

/** A cluster's watch policy as sent; a field left out takes the configured default. */
@Schema(description = "How the load watchdog treats the open windows of a cluster's changes", example = """
        {"onAlarm": "pause", "onUnknown": "notify", "factor": 2.0, "floor": 60, "span": "PT10M", "calm": "PT15M",
         "staleAfter": "PT15M"}""")
public record WatchPolicyBody(
        @Schema(description = "What an alarm does: pause the gate (423 PAUSED) or only notify") Reaction onAlarm,
        @Schema(description = "What missing data (UNKNOWN) does: pause or notify") Reaction onUnknown,
        @Schema(description = "The band's factor on the forecast's p90, 1 to 20") @DecimalMin("1") @DecimalMax("20") Double factor,
        @Schema(description = "The least margin over the expected load, messages per hour, 0 to 1e9") @DecimalMin("0") @DecimalMax("1e9") Double floor,
        @Schema(description = "The span live load is averaged over, PT5M to PT2H") Duration span,
        @Schema(description = "How long every span must stay below the band to calm, PT5M to PT6H") Duration calm,
        @Schema(description = "How long without data makes a host UNKNOWN, PT5M to PT24H") Duration staleAfter) {

    /** The policy, defaults filled in; 400 naming a duration out of range. */
    WatchPolicy policy(WatchPolicy defaults) {
        return new WatchPolicy(onAlarm == null ? defaults.onAlarm() : onAlarm,
                onUnknown == null ? defaults.onUnknown() : onUnknown,
                factor == null ? defaults.factor() : factor, floor == null ? defaults.floor() : floor,
                within("span", span, defaults.span(), Duration.ofHours(2)),
                within("calm", calm, defaults.calm(), Duration.ofHours(6)),
                within("staleAfter", staleAfter, defaults.staleAfter(), Duration.ofDays(1)));
    }

    private static Duration within(String field, Duration value, Duration fallback, Duration max) {
        if (value == null) {
            return fallback;
        }
        if (value.compareTo(WatchReadings.STEP) < 0 || value.compareTo(max) > 0) {
            throw ApiProblem.invalid(field, "must lie between PT5M and " + max);
        }
        if (value.toSeconds() % 60 != 0 || value.getNano() != 0) {
            throw ApiProblem.invalid(field, "must be whole minutes");
        }
        return value;
    }
}
