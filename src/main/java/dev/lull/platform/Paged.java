package dev.lull.platform;

import java.util.List;

/** One page of a listing, with what a client needs to ask for the next one. */
public record Paged<T>(List<T> items, int page, int size, long total) {
}
