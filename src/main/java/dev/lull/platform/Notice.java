package dev.lull.platform;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

/**
 * An event a feature raises with {@code Event<Notice>.fire(...)} inside the transaction of the change that causes
 * it; the notification outbox stores it in that same transaction, so it exists if and only if the change commits.
 * {@code data} becomes the webhook body's {@code data} object (values are serialized as JSON, in the map's order).
 */
public record Notice(NoticeType type, Map<String, Object> data) {
    public Notice {
        Objects.requireNonNull(type, "type");
        data = Collections.unmodifiableMap(new LinkedHashMap<>(data));
    }
}
