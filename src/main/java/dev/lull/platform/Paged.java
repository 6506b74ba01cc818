package dev.lull.platform;

import java.util.List;
import java.util.function.Function;

import io.quarkus.hibernate.orm.panache.PanacheQuery;
import io.quarkus.panache.common.Page;

/** One page of a listing, with what a client needs to ask for the next one. */
public record Paged<T>(List<T> items, int page, int size, long total) {
    /** The deepest row a listing reads: a page further down is refused rather than scanned (or overflowed). */
    public static final long MAX_OFFSET = 1_000_000;
    /** The page size when a listing is asked for none. */
    public static final String DEFAULT_SIZE = "50";
    /** The largest page size a listing answers. */
    public static final int MAX_SIZE = 500;

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

    /** That page of the query's rows, each shown as {@code view} makes it, and how many rows there are in all. */
    public static <E, T> Paged<T> of(PanacheQuery<E> query, Function<? super E, T> view, int page, int size) {
        List<T> items = query.page(window(page, size)).list().stream().<T>map(view).toList();
        return new Paged<>(items, page, size, query.count());
    }

    /** That page of a listing made in memory. */
    public static <T> Paged<T> slice(List<T> all, int page, int size) {
        window(page, size);
        int from = (int) Math.min(all.size(), (long) page * size);
        int to = (int) Math.min(all.size(), (long) from + size);
        return new Paged<>(List.copyOf(all.subList(from, to)), page, size, all.size());
    }
}
