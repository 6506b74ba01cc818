package dev.lull.load;

import java.time.Instant;

import com.fasterxml.jackson.databind.annotation.JsonSerialize;

import dev.lull.platform.ApiNumbers;

/** Messages handled in one step starting at {@code at}, summed over {@code samples} raw samples. */
public record LoadPoint(Instant at, @JsonSerialize(using = ApiNumbers.Messages.class) double messages, long samples) {
}
