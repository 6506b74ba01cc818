package dev.lull.load;

import java.time.Instant;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** One load sample read from a request body; {@code position} says where ("line 7", "[3]"). */
@Schema(description = "One load sample of a host")
public record IncomingSample(
        @Schema(description = "A registered host's name (or any name, with createHosts=true)") String host,
        @Schema(description = "When the sample was taken, an ISO-8601 instant in UTC, at most a day ahead") Instant at,
        @Schema(description = "The messages counted, a finite number of 0 or more") double messages,
        @Schema(hidden = true) String position) {
}
