package dev.lull.platform;

import java.util.List;
import java.util.function.Function;

import io.quarkus.panache.common.Page;

/** One page of a listing, with what a client needs to ask for the next one. */
public record Paged<T>(List<T> items, int page, int size, long total) {
    /** The deepest row a listing reads: a page further down is refused rather than scanned (or overflowed). */
    public static final long MAX_OFFSET = 1_000_000;

    /** The same page with each item turned into another shape. */
    public <R> Paged<R> map(Function<? super T, ? extends R> shape) {
        return new Paged<>(items.stream().<R>map(shape).toList(), page, size, total);
    }

    /** The page to read, unless {@code page × size} passes {@link #MAX_OFFSET} (400 naming {@code page}). */
    public static Page window(int page, int size) {
        if (page < 0 || size < 1 || (long) page * size > MAX_OFFSET) {
            throw ApiProblem.invalid("page", "page × size must lie from 0 to " + MAX_OFFSET);
        }
        return Page.of(page, size);
    }
}
