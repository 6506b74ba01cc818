package dev.lull.console;

import java.util.List;
import java.util.Locale;

import dev.lull.change.WorkLoad;

/** Expected against observed load per host as the change page shows it: numbers in words and bar widths. */
final class LoadRows {
    static final int BAR_PX = 240;

    /** A host's row: expected and observed messages as text, the difference, and each bar's width in pixels. */
    public record Row(String host, String expected, String observed, String difference, int expectedWidth,
            int observedWidth) {
    }

    private LoadRows() {
    }

    static List<Row> of(WorkLoad.Comparison comparison) {
        double scale = comparison.scale();
        return comparison.hosts().stream().map(h -> new Row(h.host(), messages(h.expected()), messages(h.observed()),
                difference(h.expected(), h.observed()), width(h.expected(), scale), width(h.observed(), scale)))
                .toList();
    }

    private static String messages(Double value) {
        return value == null ? "no data" : String.format(Locale.ROOT, "%,.0f messages", value);
    }

    private static String difference(Double expected, Double observed) {
        if (expected == null || observed == null) {
            return observed == null ? "nothing observed yet" : "no earlier weeks to compare with";
        }
        if (expected == 0) {
            return observed == 0 ? "as expected" : "load where none was expected";
        }
        double change = (observed - expected) / expected * 100;
        return String.format(Locale.ROOT, "%.0f %% %s expected", Math.abs(change), change < 0 ? "below" : "above");
    }

    private static int width(Double value, double scale) {
        return value == null ? 0 : (int) Math.round(value / scale * BAR_PX);
    }
}
