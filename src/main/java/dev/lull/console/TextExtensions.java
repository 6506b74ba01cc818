package dev.lull.console;

import java.util.Collection;

import io.quarkus.qute.TemplateExtension;

/** Small text helpers for the templates. */
@TemplateExtension
final class TextExtensions {
    private TextExtensions() {
    }

    /** The items joined by {@code separator}. */
    static String join(Collection<String> items, String separator) {
        return String.join(separator, items);
    }
}
