package dev.lull.schedule;

import static dev.lull.Api.as;
import static dev.lull.Api.unique;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.greaterThan;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.nullValue;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.DisplayNameGeneration;
import org.junit.jupiter.api.DisplayNameGenerator;
import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;

import dev.lull.Api;

@QuarkusTest
@DisplayNameGeneration(DisplayNameGenerator.ReplaceUnderscores.class)
class BlackoutResourceTest {

    static String host(String cluster) {
        return Api.host("bh", cluster);
    }

    static String cluster() {
        return Api.cluster("bc", 1);
    }

    static Map<String, Object> blackout(String start, String end, String recurrence, List<String> hosts,
            List<String> clusters) {
        Map<String, Object> body = new HashMap<>(Map.of("name", unique("freeze"), "start", start, "end", end,
                "timeZone", "Europe/Paris", "reason", "quarter close", "hosts", hosts, "clusters", clusters));
        if (recurrence != null) {
            body.put("recurrence", recurrence);
        }
        return body;
    }

    static int create(Map<String, Object> body) {
        return as("manager").body(body).post("/api/v1/blackouts").then().statusCode(201).extract().path("id");
    }

    @Test
    void a_change_manager_creates_reads_replaces_and_deletes_a_blackout() {
        String host = host(null);
        var body = blackout("2030-01-31T17:00:00Z", "2030-02-01T05:00:00Z", "FREQ=MONTHLY;BYMONTHDAY=-1",
                List.of(host), List.of());
        int id = create(body);
        as("viewer").get("/api/v1/blackouts/{id}", id).then().statusCode(200).header("ETag", equalTo("\"v0\""))
                .body("localStart", equalTo("2030-01-31T18:00:00+01:00"), "recurrence",
                        equalTo("FREQ=MONTHLY;BYMONTHDAY=-1"),
                        "hosts", contains(host));
        assertThat(Api.<Integer>listed("viewer", "/api/v1/blackouts", "id")).contains(id);
        body.put("reason", "year end");
        as("manager").header("If-Match", "\"v0\"").body(body).put("/api/v1/blackouts/{id}", id)
                .then().statusCode(200).header("ETag", equalTo("\"v1\"")).body("reason", equalTo("year end"));
        as("manager").header("If-Match", "\"v0\"").body(body).put("/api/v1/blackouts/{id}", id)
                .then().statusCode(412);
        as("manager").header("If-Match", "\"v0\"").delete("/api/v1/blackouts/{id}", id).then().statusCode(412);
        as("manager").header("If-Match", "\"v1\"").delete("/api/v1/blackouts/{id}", id).then().statusCode(204);
        as("viewer").get("/api/v1/blackouts/{id}", id).then().statusCode(404)
                .contentType("application/problem+json");
    }

    @Test
    void put_without_if_match_is_refused_with_428() {
        var body = blackout("2030-05-01T00:00:00Z", "2030-05-02T00:00:00Z", null, List.of(), List.of());
        int id = create(body);
        body.put("reason", "changed");
        as("manager").body(body).put("/api/v1/blackouts/{id}", id).then().statusCode(428)
                .contentType("application/problem+json");
        as("viewer").get("/api/v1/blackouts/{id}", id).then().body("reason", equalTo("quarter close"));
    }

    @Test
    void patch_changes_some_fields_and_checks_the_result_as_a_whole() {
        String host = host(null);
        int id = create(blackout("2030-06-01T00:00:00Z", "2030-06-02T00:00:00Z", "FREQ=WEEKLY", List.of(host),
                List.of()));
        String path = "/api/v1/blackouts/{id}";
        Api.mergePatch("manager", "\"v0\"", "{\"reason\": \"audit\", \"recurrence\": null}", path, id).then()
                .statusCode(200).header("ETag", equalTo("\"v1\"")).body("reason", equalTo("audit"),
                        "recurrence", nullValue(), "hosts", contains(host), "start", equalTo("2030-06-01T00:00:00Z"));
        Api.mergePatch("manager", "*", "{\"end\": \"2030-05-01T00:00:00Z\"}", path, id).then().statusCode(400)
                .body("errors[0].field", equalTo("end"));
        Api.mergePatch("manager", "*", "{\"reason\": \"\"}", path, id).then().statusCode(400)
                .body("errors[0].field", equalTo("reason"));
        Api.mergePatch("manager", "*", "{\"recurrence\": \"FREQ=SOMETIMES\"}", path, id).then().statusCode(400)
                .body("errors[0].field", equalTo("recurrence"));
        Api.mergePatch("manager", "*", "{\"hosts\": [\"no-such-host\"]}", path, id).then().statusCode(422);
        Api.mergePatch("manager", null, "{\"reason\": \"x\"}", path, id).then().statusCode(428);
        Api.mergePatch("manager", "\"v0\"", "{\"reason\": \"x\"}", path, id).then().statusCode(412);
        Api.mergePatch("viewer", "*", "{\"reason\": \"x\"}", path, id).then().statusCode(403);
        Api.mergePatch("manager", "*", "{}", path, 987654321).then().statusCode(404);
        as("manager").header("If-Match", "*").body(Map.of("reason", "x")).patch(path, id).then().statusCode(415);
        as("viewer").get(path, id).then().header("ETag", equalTo("\"v1\"")).body("reason", equalTo("audit"));
    }

    @Test
    void blackouts_and_their_occurrences_are_listed_in_pages() {
        String host = host(null);
        create(blackout("2032-01-01T00:00:00Z", "2032-01-01T01:00:00Z", "FREQ=DAILY;COUNT=3", List.of(host),
                List.of()));
        as("viewer").queryParam("size", 1).queryParam("page", 1).get("/api/v1/blackouts").then().statusCode(200)
                .body("items", hasSize(1), "page", equalTo(1), "size", equalTo(1), "total", greaterThan(1));
        as("viewer").queryParam("from", "2032-01-01T00:00:00Z").queryParam("to", "2032-01-10T00:00:00Z")
                .queryParam("host", host).queryParam("page", 1).queryParam("size", 2).get("/api/v1/blackouts")
                .then().statusCode(200).body("items.start", contains("2032-01-03T00:00:00Z"), "page", equalTo(1),
                        "size", equalTo(2), "total", equalTo(3), "truncated", equalTo(false));
        as("viewer").queryParam("size", 0).get("/api/v1/blackouts").then().statusCode(400)
                .body("errors[0].field", equalTo("size"));
    }

    @Test
    void a_range_lists_the_expanded_occurrences_in_local_time_across_a_clock_change() {
        String host = host(null);
        int id = create(blackout("2030-03-15T21:00:00Z", "2030-03-16T05:00:00Z", "FREQ=WEEKLY;BYDAY=FR",
                List.of(host), List.of()));
        as("viewer").queryParam("from", "2030-03-20T00:00:00Z").queryParam("to", "2030-04-06T00:00:00Z")
                .queryParam("host", host).get("/api/v1/blackouts")
                .then().statusCode(200).body("items.blackoutId", contains(id, id, id),
                        "items.localStart",
                        contains("2030-03-22T22:00:00+01:00", "2030-03-29T22:00:00+01:00",
                                "2030-04-05T22:00:00+02:00"),
                        "items.timeZone", everyItem(equalTo("Europe/Paris")),
                        "items.start",
                        contains("2030-03-22T21:00:00Z", "2030-03-29T21:00:00Z", "2030-04-05T20:00:00Z"));
    }

    @Test
    void a_blackout_on_a_cluster_applies_to_its_hosts_only() {
        String cluster = cluster();
        String member = host(cluster);
        String outsider = host(null);
        int id = create(blackout("2030-07-01T00:00:00Z", "2030-07-02T00:00:00Z", null, List.of(), List.of(cluster)));
        as("viewer").queryParam("from", "2030-07-01T00:00:00Z").queryParam("to", "2030-07-03T00:00:00Z")
                .queryParam("host", member).get("/api/v1/blackouts")
                .then().statusCode(200).body("items.blackoutId", contains(id), "truncated", equalTo(false));
        as("viewer").queryParam("from", "2030-07-01T00:00:00Z").queryParam("to", "2030-07-03T00:00:00Z")
                .queryParam("host", outsider).get("/api/v1/blackouts")
                .then().statusCode(200).body("items.blackoutId", empty());
    }

    @Test
    void a_blackout_naming_no_hosts_and_no_clusters_covers_every_host() {
        String host = host(null);
        int id = create(blackout("2090-12-24T00:00:00Z", "2090-12-27T00:00:00Z", null, List.of(), List.of()));
        as("viewer").queryParam("from", "2090-12-25T00:00:00Z").queryParam("to", "2090-12-26T00:00:00Z")
                .queryParam("host", host).get("/api/v1/blackouts")
                .then().statusCode(200).body("items.blackoutId", contains(id), "truncated", equalTo(false));
    }

    @Test
    void a_bad_recurrence_is_a_400_naming_recurrence() {
        as("manager").body(blackout("2030-01-01T00:00:00Z", "2030-01-01T02:00:00Z", "FREQ=SOMETIMES", List.of(),
                List.of())).post("/api/v1/blackouts")
                .then().statusCode(400).contentType("application/problem+json")
                .body("errors[0].field", equalTo("recurrence"));
    }

    @Test
    void bad_fields_unknown_hosts_and_bad_ranges_are_refused() {
        as("manager").body(Map.of("name", "", "timeZone", "Mars/Olympus")).post("/api/v1/blackouts")
                .then().statusCode(400).body("errors.field", hasItem("timeZone"), "errors.field", hasItem("start"),
                        "errors.field", hasItem("reason"));
        as("manager").body(blackout("2030-01-02T00:00:00Z", "2030-01-01T00:00:00Z", null, List.of(), List.of()))
                .post("/api/v1/blackouts").then().statusCode(400).body("errors[0].field", equalTo("end"));
        as("manager").body(blackout("2030-01-01T00:00:00Z", "2030-01-02T00:00:00Z", null, List.of("no-such-host"),
                List.of())).post("/api/v1/blackouts").then().statusCode(422)
                .body("detail", containsString("no-such-host"));
        as("viewer").queryParam("from", "2030-01-01T00:00:00Z").get("/api/v1/blackouts")
                .then().statusCode(400).body("errors[0].field", equalTo("to"));
        as("viewer").queryParam("from", "2030-01-01T00:00:00Z").queryParam("to", "2040-01-01T00:00:00Z")
                .get("/api/v1/blackouts").then().statusCode(400).body("errors[0].field", equalTo("to"));
        as("viewer").get("/api/v1/blackouts/{id}", 987654321).then().statusCode(404);
    }

    @Test
    void only_change_managers_write_blackouts_and_everyone_needs_credentials() {
        var body = blackout("2030-01-01T00:00:00Z", "2030-01-01T02:00:00Z", null, List.of(), List.of());
        as("requester").body(body).post("/api/v1/blackouts").then().statusCode(403);
        as("viewer").body(body).post("/api/v1/blackouts").then().statusCode(403);
        as("ingest").get("/api/v1/blackouts").then().statusCode(403);
        given().get("/api/v1/blackouts").then().statusCode(401);
        as("admin").body(body).post("/api/v1/blackouts").then().statusCode(201).body("hosts", hasSize(0));
    }

    @Test
    void a_rule_more_often_than_hourly_through_by_parts_is_a_400_naming_recurrence() {
        String minutes = String.join(",", java.util.stream.IntStream.range(0, 60).mapToObj(String::valueOf).toList());
        String hours = String.join(",", java.util.stream.IntStream.range(0, 24).mapToObj(String::valueOf).toList());
        as("manager").body(blackout("2030-01-01T00:00:00Z", "2030-01-01T00:00:30Z",
                "FREQ=DAILY;BYHOUR=" + hours + ";BYMINUTE=" + minutes, List.of(), List.of()))
                .post("/api/v1/blackouts").then().statusCode(400).body("errors[0].field", equalTo("recurrence"));
    }

    @Test
    void a_listing_that_hits_the_expansion_cap_says_it_is_truncated() {
        String host = host(null);
        create(blackout("2031-01-01T00:00:00Z", "2031-01-01T00:10:00Z", "FREQ=HOURLY", List.of(host), List.of()));
        as("viewer").queryParam("from", "2031-01-01T00:00:00Z").queryParam("to", "2031-12-01T00:00:00Z")
                .queryParam("host", host).get("/api/v1/blackouts")
                .then().statusCode(200).body("truncated", equalTo(true), "items", hasSize(50), "total", equalTo(5000));
        as("viewer").queryParam("from", "2031-01-01T00:00:00Z").queryParam("to", "2031-12-01T00:00:00Z")
                .queryParam("host", host).queryParam("page", 99).queryParam("size", 50).get("/api/v1/blackouts")
                .then().statusCode(200).body("items", hasSize(50), "page", equalTo(99), "items[49].start",
                        equalTo("2031-07-28T07:00:00Z"));
    }
}
