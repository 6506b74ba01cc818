package dev.lull.load;

import java.time.Instant;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.Function;

/**
 * Draws a {@link LoadChart} as an accessible SVG line chart, in the heatmap's style: the hours' messages as a line,
 * the expected band (median to p90) shaded with the median dashed, marked periods numbered, local days on the axis,
 * and the chart's summary as its title and description.
 */
public final class LoadChartSvg {
    private static final int LEFT = 56;
    private static final int TOP = 44;
    private static final double STEP = 4.5;
    private static final int HEIGHT = 180;
    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("EEE d", Locale.ENGLISH);

    private LoadChartSvg() {
    }

    /** The chart; {@code id} keeps its title and description ids unique on a page. */
    public static String render(LoadChart chart, String id) {
        int width = LEFT + (int) Math.ceil(chart.hours().size() * STEP) + 16;
        int height = TOP + HEIGHT + 64;
        double top = chart.top();
        StringBuilder svg = new StringBuilder(24_000);
        svg.append("<svg xmlns=\"http://www.w3.org/2000/svg\" role=\"img\" aria-labelledby=\"").append(id)
                .append("-t ").append(id).append("-d\" width=\"").append(width).append("\" height=\"").append(height)
                .append("\" viewBox=\"0 0 ").append(width).append(' ').append(height)
                .append("\" font-family=\"sans-serif\" font-size=\"11\">\n");
        svg.append("<title id=\"").append(id).append("-t\">").append(HeatmapSvg.escape(chart.subject()
                + " · messages per hour, last 7 days")).append("</title>\n");
        svg.append("<desc id=\"").append(id).append("-d\">").append(HeatmapSvg.escape(chart.summary()))
                .append("</desc>\n");
        svg.append("<rect width=\"100%\" height=\"100%\" fill=\"#ffffff\"/>\n");
        svg.append("<text x=\"").append(LEFT).append("\" y=\"18\" font-size=\"14\" font-weight=\"bold\">")
                .append(HeatmapSvg.escape(chart.subject() + " · messages per hour, last 7 days")).append("</text>\n");
        marks(svg, chart);
        grid(svg, chart, top, width);
        band(svg, chart, top);
        line(svg, chart, top, LoadChart.Hour::median, "#5b7fa6", " stroke-dasharray=\"4 3\"");
        line(svg, chart, top, LoadChart.Hour::messages, "#1f3b57", " stroke-width=\"1.6\"");
        legend(svg, TOP + HEIGHT + 40);
        return svg.append("</svg>\n").toString();
    }

    private static void marks(StringBuilder svg, LoadChart chart) {
        int number = 1;
        for (LoadChart.Mark mark : chart.marks()) {
            double x1 = Math.max(LEFT, x(chart, mark.start()));
            double x2 = Math.min(LEFT + chart.hours().size() * STEP, x(chart, mark.end()));
            if (x2 > x1) {
                svg.append(String.format(Locale.ROOT, "<rect x=\"%.1f\" y=\"%d\" width=\"%.1f\" height=\"%d\" "
                        + "fill=\"#f3d9fa\" stroke=\"#9c36b5\" stroke-dasharray=\"2 2\"><title>%s</title></rect>\n",
                        x1, TOP, Math.max(x2 - x1, 2), HEIGHT, HeatmapSvg.escape(number + ". " + mark.label())));
                svg.append(String.format(Locale.ROOT, "<text x=\"%.1f\" y=\"%d\" fill=\"#862e9c\" "
                        + "font-weight=\"bold\">%d</text>\n", x1 + 1, TOP - 4, number));
            }
            number++;
        }
    }

    private static void grid(StringBuilder svg, LoadChart chart, double top, int width) {
        for (int i = 0; i <= 2; i++) {
            double value = top * i / 2;
            double y = y(value, top);
            svg.append(String.format(Locale.ROOT, "<line x1=\"%d\" x2=\"%d\" y1=\"%.1f\" y2=\"%.1f\" "
                    + "stroke=\"#dddddd\"/>\n<text x=\"%d\" y=\"%.1f\" text-anchor=\"end\">%.0f</text>\n", LEFT,
                    width - 16, y, y, LEFT - 6, y + 4, value));
        }
        for (int i = 0; i < chart.hours().size(); i++) {
            ZonedDateTime local = chart.hours().get(i).at().atZone(chart.zone());
            if (local.getHour() == 0) {
                double x = LEFT + i * STEP;
                svg.append(String.format(Locale.ROOT, "<line x1=\"%.1f\" x2=\"%.1f\" y1=\"%d\" y2=\"%d\" "
                        + "stroke=\"#cccccc\"/>\n<text x=\"%.1f\" y=\"%d\">%s</text>\n", x, x, TOP, TOP + HEIGHT + 4,
                        x + 2, TOP + HEIGHT + 16, DAY.format(local)));
            }
        }
    }

    private static void band(StringBuilder svg, LoadChart chart, double top) {
        for (List<Integer> run : runs(chart, h -> h.median() != null && h.p90() != null ? h.p90() : null)) {
            StringBuilder points = new StringBuilder();
            run.forEach(i -> points.append(point(i, chart.hours().get(i).p90(), top)));
            for (int j = run.size() - 1; j >= 0; j--) {
                points.append(point(run.get(j), chart.hours().get(run.get(j)).median(), top));
            }
            svg.append("<polygon fill=\"#dbe7f3\" points=\"").append(points.toString().trim()).append("\"/>\n");
        }
    }

    private static void line(StringBuilder svg, LoadChart chart, double top, Function<LoadChart.Hour, Double> value,
            String colour, String style) {
        for (List<Integer> run : runs(chart, value)) {
            StringBuilder points = new StringBuilder();
            run.forEach(i -> points.append(point(i, value.apply(chart.hours().get(i)), top)));
            svg.append("<polyline fill=\"none\" stroke=\"").append(colour).append('"').append(style)
                    .append(" points=\"").append(points.toString().trim()).append("\"/>\n");
        }
    }

    private static void legend(StringBuilder svg, int y) {
        svg.append("<line x1=\"").append(LEFT).append("\" x2=\"").append(LEFT + 24).append("\" y1=\"").append(y - 4)
                .append("\" y2=\"").append(y - 4).append("\" stroke=\"#1f3b57\" stroke-width=\"1.6\"/>\n");
        svg.append("<text x=\"").append(LEFT + 30).append("\" y=\"").append(y).append("\">messages this hour</text>\n");
        svg.append("<rect x=\"").append(LEFT + 160).append("\" y=\"").append(y - 10).append("\" width=\"24\" ")
                .append("height=\"10\" fill=\"#dbe7f3\" stroke=\"#5b7fa6\" stroke-dasharray=\"4 3\"/>\n");
        svg.append("<text x=\"").append(LEFT + 190).append("\" y=\"").append(y)
                .append("\">expected: median (dashed) to 90th percentile</text>\n");
        svg.append("<rect x=\"").append(LEFT + 450).append("\" y=\"").append(y - 10).append("\" width=\"24\" ")
                .append("height=\"10\" fill=\"#f3d9fa\" stroke=\"#9c36b5\" stroke-dasharray=\"2 2\"/>\n");
        svg.append("<text x=\"").append(LEFT + 480).append("\" y=\"").append(y)
                .append("\">change window (numbered)</text>\n");
    }

    /** Runs of consecutive hours that have a value. */
    private static List<List<Integer>> runs(LoadChart chart, Function<LoadChart.Hour, Double> value) {
        List<List<Integer>> runs = new ArrayList<>();
        List<Integer> run = new ArrayList<>();
        for (int i = 0; i < chart.hours().size(); i++) {
            if (value.apply(chart.hours().get(i)) != null) {
                run.add(i);
            } else if (!run.isEmpty()) {
                runs.add(run);
                run = new ArrayList<>();
            }
        }
        if (!run.isEmpty()) {
            runs.add(run);
        }
        return runs;
    }

    private static String point(int index, double value, double top) {
        return String.format(Locale.ROOT, "%.1f,%.1f ", LEFT + index * STEP + STEP / 2, y(value, top));
    }

    private static double x(LoadChart chart, Instant at) {
        return LEFT + (at.getEpochSecond() - chart.from().getEpochSecond()) / 3600.0 * STEP;
    }

    private static double y(double value, double top) {
        return TOP + HEIGHT - value / top * HEIGHT;
    }
}
