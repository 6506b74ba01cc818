package dev.lull.console;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.stream.Collectors;

import dev.lull.platform.Paged;

/** Where one page of a long list stands ("51–100 of 10000") and the links to the pages before and after it. */
public record Pager(int page, int size, long total, String path, Map<String, String> filters) {
    static Pager of(Paged<?> paged, String path, Map<String, String> filters) {
        return new Pager(paged.page(), paged.size(), paged.total(), path, filters);
    }

    public long from() {
        return total == 0 ? 0 : (long) page * size + 1;
    }

    public long to() {
        return Math.min(total, (long) (page + 1) * size);
    }

    public boolean hasPrevious() {
        return page > 0;
    }

    public boolean hasNext() {
        return to() < total;
    }

    public String previous() {
        return link(page - 1);
    }

    public String next() {
        return link(page + 1);
    }

    private String link(int to) {
        String query = filters.entrySet().stream().filter(e -> e.getValue() != null && !e.getValue().isBlank())
                .map(e -> e.getKey() + "=" + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8))
                .collect(Collectors.joining("&"));
        return path + "?" + (query.isEmpty() ? "" : query + "&") + "page=" + to;
    }
}
