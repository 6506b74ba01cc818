package dev.lull.calendar;

import static dev.lull.Api.clockAt;
import static dev.lull.calendar.CalendarFixtures.blackout;
import static dev.lull.calendar.CalendarFixtures.change;
import static dev.lull.calendar.CalendarFixtures.cluster;
import static dev.lull.calendar.CalendarFixtures.feed;
import static dev.lull.calendar.CalendarFixtures.fetch;
import static dev.lull.calendar.CalendarFixtures.host;
import static dev.lull.calendar.CalendarFixtures.parse;
import static dev.lull.calendar.CalendarFixtures.person;
import static dev.lull.calendar.CalendarFixtures.role;
import static dev.lull.calendar.CalendarFixtures.schedule;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.ZonedDateTime;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayNameGeneration;
import org.junit.jupiter.api.DisplayNameGenerator;
import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;

import dev.lull.Api;

import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.Property;
import net.fortuna.ical4j.validate.ValidationResult;

@QuarkusTest
@DisplayNameGeneration(DisplayNameGenerator.ReplaceUnderscores.class)
class GoldenFeedTest {
    private static final String GOLDEN = "/calendar/cluster-feed.ics";
    /** The golden file was made at this instant; unlike the other feed tests, this one never moves with the suite's clock. */
    private static final Instant T0 = Instant.parse("2031-03-03T08:00:00Z");
    private final Map<String, String> names = new LinkedHashMap<>();
    private String url;

    @BeforeEach
    void feed_of_a_cluster() {
        clockAt(T0);
        person("requester", "Rita Quester", "rita@example.org");
        person("dba", "Dana Bauer", "dana@example.org");
        String cluster = cluster();
        String db1 = Api.host("kha", cluster);
        String db2 = Api.host("khb", cluster);
        String dbas = role("dba");
        int scheduled = change("Upgrade PostgreSQL", List.of(db1), Api.plusDays(T0, 3), Duration.ofHours(4), dbas);
        schedule(scheduled, dbas, "dba");
        int tentative = change("Replace disks", List.of(db1, db2), Api.plusDays(T0, 10), Duration.ofHours(2), dbas);
        int freeze = blackout("month-end close", ZonedDateTime.parse("2031-03-31T18:00:00+02:00[Europe/Paris]")
                .toInstant(), Api.plusDays(T0, 28).plus(Duration.ofHours(14)), "Europe/Paris",
                "FREQ=MONTHLY;BYMONTHDAY=-1",
                List.of(), List.of(cluster));
        url = feed("viewer", Map.of("scope", Map.of("cluster", cluster)));
        names.put(cluster, "{{cluster}}");
        names.put(db1, "{{db1}}");
        names.put(db2, "{{db2}}");
        names.put(dbas, "{{role}}");
        names.put("blackout-" + freeze + "@", "blackout-{{freeze}}@");
        names.put("UID:" + scheduled + "@", "UID:{{scheduled}}@");
        names.put("UID:" + tentative + "@", "UID:{{tentative}}@");
        names.put("changes/" + scheduled, "changes/{{scheduled}}");
        names.put("changes/" + tentative, "changes/{{tentative}}");
        names.put("change " + scheduled + "\\,", "change {{scheduled}}\\,");
        names.put("change " + tentative + "\\,", "change {{tentative}}\\,");
    }

    @Test
    void a_whole_feed_matches_the_golden_file() throws IOException {
        String actual = generic(unfold(fetch(url)));
        Files.createDirectories(Path.of("target"));
        Files.writeString(Path.of("target/cluster-feed.actual.ics"), actual);
        assertThat(actual).isEqualTo(golden());
    }

    @Test
    void the_feed_is_valid_rfc_5545() {
        Calendar calendar = parse(fetch(url));
        calendar.removeAll(Property.METHOD);
        ValidationResult result = calendar.validate(true);
        assertThat(result.getEntries()).isEmpty();
    }

    private String generic(String text) {
        String result = text;
        for (var name : names.entrySet()) {
            result = result.replace(name.getKey(), name.getValue());
        }
        return result;
    }

    /** The feed's logical lines, one per line: folding depends on how long the generated names are. */
    private static String unfold(String text) {
        return text.replace("\r\n ", "").replace("\r\n", "\n");
    }

    private static String golden() throws IOException {
        try (InputStream in = GoldenFeedTest.class.getResourceAsStream(GOLDEN)) {
            return in == null ? "" : new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }
}
