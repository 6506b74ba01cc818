package dev.lull.load;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.StringReader;
import java.time.DayOfWeek;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import javax.xml.parsers.DocumentBuilderFactory;

import org.junit.jupiter.api.DisplayNameGeneration;
import org.junit.jupiter.api.DisplayNameGenerator;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import org.xml.sax.InputSource;

import dev.lull.platform.PeriodView;

@DisplayNameGeneration(DisplayNameGenerator.ReplaceUnderscores.class)
class HeatmapSvgTest {

    @Test
    void the_heatmap_is_well_formed_xml_with_168_cells_and_the_darkest_colour_at_the_peak() throws Exception {
        List<ProfileBucket> buckets = new ArrayList<>();
        for (int i = 0; i < 168; i++) {
            buckets.add(i == 37
                    ? new ProfileBucket(DayOfWeek.of(i / 24 + 1), i % 24, null, null, null, 0)
                    : new ProfileBucket(DayOfWeek.of(i / 24 + 1), i % 24, (double) i, i * 1.2, (double) i, 8));
        }
        LoadProfile profile = new LoadProfile("bts-01 <&>", "Europe/Paris", new PeriodView(
                Instant.parse("2026-10-03T00:00:00Z"), Instant.parse("2026-11-28T00:00:00Z")), 8, buckets);
        String svg = HeatmapSvg.render(profile);
        Document document = DocumentBuilderFactory.newInstance().newDocumentBuilder()
                .parse(new InputSource(new StringReader(svg)));
        assertThat(document.getElementsByTagName("rect").getLength()).isEqualTo(168 + 2);
        assertThat(svg).contains("bts-01 &lt;&amp;&gt;", "#eeeeee", "Sun 23:00: median 167, p90 200 over 8 weeks",
                "fill=\"" + HeatmapSvg.colour(1) + "\"");
    }
}
