package dev.lull.load;

import static dev.lull.Api.as;
import static dev.lull.Api.ingestCsv;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.nullValue;
import static org.hamcrest.Matchers.startsWith;

import java.time.Instant;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;

import org.junit.jupiter.api.DisplayNameGeneration;
import org.junit.jupiter.api.DisplayNameGenerator;
import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;

import dev.lull.Api;

@QuarkusTest
@DisplayNameGeneration(DisplayNameGenerator.ReplaceUnderscores.class)
class LoadProfileTest {
    static final ZoneId PARIS = ZoneId.of("Europe/Paris");

    /** Hourly samples in [from, to) whose value is 100 + the local hour, so a wrong zone shows at once. */
    static void ingestHourly(String host, Instant from, Instant to) {
        StringBuilder csv = new StringBuilder("host,at,messages\n");
        for (Instant at = from; at.isBefore(to); at = at.plus(1, ChronoUnit.HOURS)) {
            csv.append(host).append(',').append(at).append(',').append(100 + at.atZone(PARIS).getHour()).append('\n');
        }
        ingestCsv(csv.toString(), 200);
    }

    @Test
    void daily_points_follow_local_days_of_23_and_25_hours() {
        String host = LoadIngestTest.host("Europe/Paris");
        ingestHourly(host, Instant.parse("2026-03-27T23:00:00Z"), Instant.parse("2026-03-30T22:00:00Z"));
        ingestHourly(host, Instant.parse("2026-10-23T22:00:00Z"), Instant.parse("2026-10-26T23:00:00Z"));
        as("viewer").queryParam("from", "2026-03-28T00:00:00Z").queryParam("to", "2026-03-30T12:00:00Z")
                .queryParam("step", "P1D").get("/api/v1/hosts/{name}/load", host)
                .then().statusCode(200)
                .body("points.at", contains("2026-03-27T23:00:00Z", "2026-03-28T23:00:00Z", "2026-03-29T22:00:00Z"),
                        "points.samples", contains(24, 23, 24), "period.from", equalTo("2026-03-27T23:00:00Z"));
        as("viewer").queryParam("from", "2026-10-24T00:00:00Z").queryParam("to", "2026-10-26T12:00:00Z")
                .queryParam("step", "P1D").get("/api/v1/hosts/{name}/load", host)
                .then().statusCode(200)
                .body("points.at", contains("2026-10-23T22:00:00Z", "2026-10-24T22:00:00Z", "2026-10-25T23:00:00Z"),
                        "points.samples", contains(24, 25, 24));
    }

    @Test
    void the_profile_is_in_local_time_with_the_repeated_autumn_hour_counted_once_per_week() {
        String host = LoadIngestTest.host("Europe/Paris");
        ingestHourly(host, Api.now().minus(56, ChronoUnit.DAYS).truncatedTo(ChronoUnit.HOURS),
                Api.now().truncatedTo(ChronoUnit.HOURS));
        as("viewer").queryParam("weeks", 8).get("/api/v1/hosts/{name}/load/profile", host)
                .then().statusCode(200)
                .body("buckets", hasSize(168), "timeZone", equalTo("Europe/Paris"),
                        "buckets[0].dayOfWeek", equalTo("MONDAY"), "buckets[0].hour", equalTo(0),
                        "buckets[0].median", equalTo(100.0f), "buckets[50].median", equalTo(102.0f),
                        "buckets[167].p90", equalTo(123.0f), "buckets[75].mean", equalTo(103.0f),
                        "buckets[146].weeks", equalTo(8));
    }

    @Test
    void the_spring_gap_leaves_the_missing_local_hour_empty() {
        Api.clockAt(Instant.parse("2026-04-01T00:00:00Z"));
        String host = LoadIngestTest.host("Europe/Paris");
        ingestHourly(host, Instant.parse("2026-03-29T00:00:00Z"), Instant.parse("2026-03-29T04:00:00Z"));
        as("viewer").queryParam("weeks", 40).get("/api/v1/hosts/{name}/load/profile", host)
                .then().statusCode(200)
                .body("buckets[146].hour", equalTo(2), "buckets[146].median", nullValue(),
                        "buckets[146].weeks", equalTo(0), "buckets[145].median", equalTo(101.0f),
                        "buckets[147].median", equalTo(103.0f));
    }

    @Test
    void the_heatmap_is_an_svg_with_title_labels_and_legend() {
        String host = LoadIngestTest.host("Europe/Paris");
        ingestHourly(host, Api.now().minus(7, ChronoUnit.DAYS).truncatedTo(ChronoUnit.HOURS),
                Api.now().truncatedTo(ChronoUnit.HOURS));
        as("viewer").get("/api/v1/hosts/{name}/load/heatmap.svg", host)
                .then().statusCode(200).contentType("image/svg+xml")
                .body(startsWith("<svg"), containsString(host + " · median messages per hour"),
                        containsString(">Mon<"), containsString(">Sun<"), containsString(">23<"),
                        containsString("linearGradient"), containsString("Europe/Paris"));
    }

    @Test
    void bad_series_and_profile_parameters_are_400_and_unknown_hosts_404() {
        String host = LoadIngestTest.host("UTC");
        as("viewer").queryParam("step", "PT2M").get("/api/v1/hosts/{name}/load", host)
                .then().statusCode(400).body("errors[0].field", equalTo("step"));
        as("viewer").queryParam("step", "soon").get("/api/v1/hosts/{name}/load", host)
                .then().statusCode(400).body("errors[0].field", equalTo("step"));
        as("viewer").queryParam("from", "yesterday").get("/api/v1/hosts/{name}/load", host)
                .then().statusCode(400).body("errors[0].field", equalTo("from"));
        Instant now = Api.now().truncatedTo(ChronoUnit.HOURS);
        as("viewer").queryParam("from", now.minus(30, ChronoUnit.DAYS).toString())
                .queryParam("to", now.minus(60, ChronoUnit.DAYS).toString())
                .get("/api/v1/hosts/{name}/load", host).then().statusCode(400).body("errors[0].field", equalTo("to"));
        as("viewer").queryParam("from", now.minus(60, ChronoUnit.DAYS).toString())
                .queryParam("to", now.minus(10, ChronoUnit.DAYS).toString())
                .queryParam("step", "PT5M").get("/api/v1/hosts/{name}/load", host)
                .then().statusCode(400).body("detail", containsString("10000"));
        as("viewer").queryParam("from", now.minus(6 * 365, ChronoUnit.DAYS).toString())
                .queryParam("to", now.minus(30, ChronoUnit.DAYS).toString())
                .queryParam("step", "P1D").get("/api/v1/hosts/{name}/load", host)
                .then().statusCode(400).body("errors[0].field", equalTo("from"), "detail", containsString("kept"));
        as("viewer").queryParam("weeks", 0).get("/api/v1/hosts/{name}/load/profile", host).then().statusCode(400);
        as("viewer").queryParam("weeks", 105).get("/api/v1/hosts/{name}/load/heatmap.svg", host).then().statusCode(400);
        as("viewer").get("/api/v1/hosts/{name}/load", "no-such-host").then().statusCode(404);
        as("viewer").get("/api/v1/hosts/{name}/load/profile", "no-such-host").then().statusCode(404);
        as("ingest").get("/api/v1/hosts/{name}/load", host).then().statusCode(403);
    }
}
