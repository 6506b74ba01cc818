package dev.lull.silence;

import java.time.Instant;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** One silence Lull keeps for a change: on which Alertmanager, for which host, and where it stands. */
@Schema(description = "A silence of a change's alerts on one Alertmanager for one host")
public record ChangeSilenceView(
        @Schema(description = "The host whose alerts it silences") String host,
        @Schema(description = "The Alertmanager's base URL") String alertmanager,
        @Schema(description = "Alertmanager's silence id, null before it was created") String silenceId,
        @Schema(description = "waiting (not in Alertmanager yet, retrying), pending (set, starts later), active, expiring, expired or failed", enumeration = {
                "waiting", "pending", "active", "expiring", "expired", "failed"}) String state,
        @Schema(description = "When it starts (a past start is sent as the moment it is sent)") Instant startsAt,
        @Schema(description = "When it ends: the end of the change's window") Instant endsAt,
        @Schema(description = "Attempts so far to bring Alertmanager to the wanted state") int attempts,
        @Schema(description = "Why the last attempt failed, null after a success") String lastError){

    /** The API state from the stored one, the wanted one and the time. */
    static String state(String stored, boolean present, Instant startsAt, Instant endsAt, Instant now) {
        return switch (stored) {
            case "FAILED" -> "failed";
            case "EXPIRED" -> "expired";
            case "WAITING" -> present ? "waiting" : "expiring";
            default -> !present
                    ? "expiring"
                    : !endsAt.isAfter(now) ? "expired" : startsAt.isAfter(now) ? "pending" : "active";
        };
    }
}
