package dev.lull.load;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.TextStyle;
import java.util.Locale;

/** Renders a load profile as a 7 × 24 SVG heatmap with labels, a colour legend and a title. */
public final class HeatmapSvg {
    private static final int CELL = 28;
    private static final int LEFT = 48;
    private static final int TOP = 70;
    private static final int[][] SCALE = {{255, 255, 229}, {254, 227, 145}, {254, 153, 41}, {204, 76, 2},
            {102, 37, 6}};

    private HeatmapSvg() {
    }

    public static String render(LoadProfile profile) {
        double peak = profile.peakMedian();
        int width = LEFT + 24 * CELL + 16;
        int height = TOP + 7 * CELL + 70;
        StringBuilder svg = new StringBuilder(32_000);
        svg.append("<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"").append(width).append("\" height=\"")
                .append(height).append("\" viewBox=\"0 0 ").append(width).append(' ').append(height)
                .append("\" font-family=\"sans-serif\" font-size=\"11\">\n");
        svg.append("<title>").append(escape(title(profile))).append("</title>\n");
        svg.append("<rect width=\"100%\" height=\"100%\" fill=\"#ffffff\"/>\n");
        svg.append("<text x=\"").append(LEFT).append("\" y=\"20\" font-size=\"14\" font-weight=\"bold\">")
                .append(escape(profile.host() + " · median messages per hour")).append("</text>\n");
        svg.append("<text x=\"").append(LEFT).append("\" y=\"38\" fill=\"#555555\">")
                .append(escape(period(profile))).append("</text>\n");
        hourLabels(svg);
        for (ProfileBucket bucket : profile.buckets()) {
            cell(svg, bucket, peak);
        }
        dayLabels(svg);
        legend(svg, peak, TOP + 7 * CELL + 24);
        return svg.append("</svg>\n").toString();
    }

    static String title(LoadProfile profile) {
        return profile.host() + " · median messages per hour · " + period(profile);
    }

    private static String period(LoadProfile profile) {
        return LocalDate.ofInstant(profile.period().from(), ZoneOffset.UTC) + " to "
                + LocalDate.ofInstant(profile.period().to(), ZoneOffset.UTC)
                + " (" + profile.weeks() + " weeks), hours in " + profile.timeZone();
    }

    private static void hourLabels(StringBuilder svg) {
        for (int hour = 0; hour < 24; hour++) {
            svg.append("<text x=\"").append(LEFT + hour * CELL + CELL / 2).append("\" y=\"").append(TOP - 8)
                    .append("\" text-anchor=\"middle\">").append(String.format("%02d", hour)).append("</text>\n");
        }
    }

    private static void dayLabels(StringBuilder svg) {
        for (DayOfWeek day : DayOfWeek.values()) {
            svg.append("<text x=\"").append(LEFT - 8).append("\" y=\"")
                    .append(TOP + (day.getValue() - 1) * CELL + CELL / 2 + 4).append("\" text-anchor=\"end\">")
                    .append(day.getDisplayName(TextStyle.SHORT, Locale.ENGLISH)).append("</text>\n");
        }
    }

    private static void cell(StringBuilder svg, ProfileBucket bucket, double peak) {
        int x = LEFT + bucket.hour() * CELL;
        int y = TOP + (bucket.dayOfWeek().getValue() - 1) * CELL;
        String fill = bucket.median() == null ? "#eeeeee" : colour(peak == 0 ? 0 : bucket.median() / peak);
        String label = bucket.dayOfWeek().getDisplayName(TextStyle.SHORT, Locale.ENGLISH) + " "
                + String.format("%02d:00", bucket.hour()) + ": "
                + (bucket.median() == null
                        ? "no data"
                        : String.format(Locale.ROOT, "median %.0f, p90 %.0f over %d weeks",
                                bucket.median(), bucket.p90(), bucket.weeks()));
        svg.append("<rect x=\"").append(x).append("\" y=\"").append(y).append("\" width=\"").append(CELL - 1)
                .append("\" height=\"").append(CELL - 1).append("\" fill=\"").append(fill).append("\"><title>")
                .append(escape(label)).append("</title></rect>\n");
    }

    private static void legend(StringBuilder svg, double peak, int y) {
        svg.append("<defs><linearGradient id=\"scale\">");
        for (int i = 0; i < SCALE.length; i++) {
            svg.append("<stop offset=\"").append(i * 100 / (SCALE.length - 1)).append("%\" stop-color=\"")
                    .append(colour((double) i / (SCALE.length - 1))).append("\"/>");
        }
        svg.append("</linearGradient></defs>\n");
        svg.append("<rect x=\"").append(LEFT).append("\" y=\"").append(y).append("\" width=\"240\" height=\"12\" ")
                .append("fill=\"url(#scale)\" stroke=\"#999999\"/>\n");
        svg.append("<text x=\"").append(LEFT).append("\" y=\"").append(y + 26).append("\">0</text>\n");
        svg.append("<text x=\"").append(LEFT + 240).append("\" y=\"").append(y + 26).append("\" text-anchor=\"end\">")
                .append(String.format(Locale.ROOT, "%.0f", peak)).append("</text>\n");
        svg.append("<text x=\"").append(LEFT + 252).append("\" y=\"").append(y + 11)
                .append("\">median messages per hour (grey: no data)</text>\n");
    }

    static String colour(double share) {
        double position = Math.max(0, Math.min(1, share)) * (SCALE.length - 1);
        int low = (int) Math.floor(position);
        int high = Math.min(low + 1, SCALE.length - 1);
        double t = position - low;
        int[] rgb = new int[3];
        for (int i = 0; i < 3; i++) {
            rgb[i] = (int) Math.round(SCALE[low][i] + (SCALE[high][i] - SCALE[low][i]) * t);
        }
        return String.format("#%02x%02x%02x", rgb[0], rgb[1], rgb[2]);
    }

    static String escape(String text) {
        return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
    }
}
