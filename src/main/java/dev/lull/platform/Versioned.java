package dev.lull.platform;

/** A view together with the row version its ETag is made from. */
public record Versioned<T>(T body, long version) {
}
