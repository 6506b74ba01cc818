package dev.lull.calendar;

import java.time.Instant;

/** A feed's text, its entity tag (the SHA-256 of the text) and when what it shows last changed. */
public record RenderedFeed(String body, String etag, Instant lastModified) {
}
