package dev.lull.load;

import java.time.Instant;

/** One load sample read from a request body; {@code position} says where ("line 7", "[3]"). */
public record IncomingSample(String host, Instant at, double messages, String position) {
}
