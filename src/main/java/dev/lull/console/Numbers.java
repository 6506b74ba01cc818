package dev.lull.console;

import java.util.Locale;

import io.quarkus.qute.TemplateExtension;

import dev.lull.load.LoadChart;
import dev.lull.servicelevel.CapacityView;

/** Numbers as the console's tables show them. */
@TemplateExtension
final class Numbers {
    private Numbers() {
    }

    /** The hour's messages to the unit, or a dash without samples. */
    static String handledText(LoadChart.Hour hour) {
        return messages(hour.messages());
    }

    /** The hour's expected median, or a dash without history. */
    static String medianText(LoadChart.Hour hour) {
        return messages(hour.median());
    }

    /** The hour's expected 90th percentile, or a dash without history. */
    static String p90Text(LoadChart.Hour hour) {
        return messages(hour.p90());
    }

    private static String messages(Double value) {
        return value == null ? "–" : String.format(Locale.ROOT, "%.0f", value);
    }

    /** Messages per minute to one decimal. */
    static String perMinute(double value) {
        return String.format(Locale.ROOT, "%.1f", value);
    }

    /** The share of the capacity left that p95 load would use. */
    static String p95Share(CapacityView.Scenario left) {
        return share(left.p95Utilization());
    }

    /** The share of the capacity left that peak load would use. */
    static String peakShare(CapacityView.Scenario left) {
        return share(left.peakUtilization());
    }

    /** A share as a whole percentage, or "unknown" without one. */
    static String share(Double value) {
        return value == null ? "unknown" : String.format(Locale.ROOT, "%.0f %%", value * 100);
    }
}
