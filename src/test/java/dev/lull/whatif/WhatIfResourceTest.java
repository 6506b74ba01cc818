package dev.lull.whatif;

import static dev.lull.Api.as;
import static dev.lull.Api.ingestCsv;
import static dev.lull.Api.unique;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.greaterThan;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.lessThanOrEqualTo;
import static org.hamcrest.Matchers.startsWith;

import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.DisplayNameGeneration;
import org.junit.jupiter.api.DisplayNameGenerator;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import io.quarkus.test.junit.QuarkusTest;

import dev.lull.Api;

/** Every figure is built from the suite's clock ({@code Api.now()}), so the class passes at any instant. */
@QuarkusTest
@DisplayNameGeneration(DisplayNameGenerator.ReplaceUnderscores.class)
class WhatIfResourceTest {
    static final ZoneId PARIS = ZoneId.of("Europe/Paris");

    /** A Paris host in the cluster (or none) with four weeks of hourly load, lowest at 03:00 local time. */
    static String hostWithHistory(String cluster, Double capacity) {
        String name = Api.host("wi", cluster, "Europe/Paris", capacity);
        Instant end = Api.now().truncatedTo(ChronoUnit.HOURS);
        StringBuilder csv = new StringBuilder("host,at,messages\n");
        for (Instant at = end.minus(Duration.ofDays(28)); at.isBefore(end); at = at.plus(Duration.ofHours(1))) {
            int hour = at.atZone(PARIS).getHour();
            csv.append(name).append(',').append(at).append(',').append(100 + 900 * Math.abs(hour - 3) / 21)
                    .append('\n');
        }
        ingestCsv(csv.toString(), 200);
        return name;
    }

    /** 02:00 to 04:00 on the host's clock three local days from now (later on a spring-forward night). */
    static Instant nightStart() {
        return Api.now().atZone(PARIS).toLocalDate().plusDays(3).atTime(2, 0).atZone(PARIS).toInstant();
    }

    static Map<String, Object> question(List<String> hosts, Instant start, Duration length) {
        Map<String, Object> body = new HashMap<>(Map.of("start", start.toString(), "end",
                start.plus(length).toString()));
        body.put("hosts", hosts);
        return body;
    }

    @Test
    void a_quiet_night_is_quiet_in_every_week_with_history_and_weeks_without_it_are_said_so() {
        String host = hostWithHistory(null, null);
        as("viewer").body(question(List.of(host), nightStart(), Duration.ofHours(2)))
                .post("/api/v1/proposals/what-if").then().statusCode(200)
                .body("weeks", equalTo(8), "duration", equalTo("PT2H"), "hosts", hasSize(1),
                        "hosts[0].host", equalTo(host), "hosts[0].timeZone", equalTo("Europe/Paris"),
                        "hosts[0].weeks", hasSize(8), "hosts[0].summary.weeks", equalTo(8),
                        "hosts[0].summary.weeksWithData", equalTo(4), "hosts[0].summary.quietWeeks", equalTo(4),
                        "hosts[0].summary.verdict", startsWith("quiet in 4 of the last 8 weeks (4 without data)"),
                        "hosts[0].weeks[0].weeksBack", greaterThan(0), "hosts[0].weeks[0].hasData", equalTo(true),
                        "hosts[0].weeks[0].rank", lessThanOrEqualTo(12), "hosts[0].weeks[0].quieterThan",
                        greaterThan(0.9f), "hosts[0].weeks[7].hasData", equalTo(false),
                        "hosts[0].weeks[7].quiet", equalTo(null), "booking.type", equalTo("NORMAL"),
                        "booking.free", equalTo(true), "booking.conflicts", hasSize(0), "clusters", hasSize(0));
    }

    @Test
    void fewer_weeks_can_be_asked_and_every_one_ended_before_now() {
        String host = hostWithHistory(null, null);
        List<String> ends = as("viewer").body(withWeeks(question(List.of(host), nightStart(), Duration.ofHours(2)),
                3)).post("/api/v1/proposals/what-if").then().statusCode(200)
                .body("weeks", equalTo(3), "hosts[0].weeks", hasSize(3), "hosts[0].summary.quietWeeks", equalTo(3))
                .extract().path("hosts[0].weeks.end");
        ends.forEach(end -> org.assertj.core.api.Assertions.assertThat(Instant.parse(end)).isBeforeOrEqualTo(
                Api.now()));
    }

    static Map<String, Object> withWeeks(Map<String, Object> body, Object weeks) {
        body.put("weeks", weeks);
        return body;
    }

    @Test
    void a_cluster_shows_its_survivors_load_and_the_dry_run_refuses_taking_too_many_down() {
        String cluster = Api.cluster("wic", 1);
        String a = hostWithHistory(cluster, 100.0);
        String b = hostWithHistory(cluster, 100.0);
        as("viewer").body(question(List.of(a), nightStart(), Duration.ofHours(2)))
                .post("/api/v1/proposals/what-if").then().statusCode(200)
                .body("clusters", hasSize(1), "clusters[0].cluster", equalTo(cluster), "clusters[0].hostsDown",
                        equalTo(List.of(a)), "clusters[0].hostsUp", equalTo(List.of(b)),
                        "clusters[0].survivorCapacityPerMinute", equalTo(100.0f), "clusters[0].weeks", hasSize(8),
                        "clusters[0].weeks[0].overThreshold", equalTo(false), "booking.free", equalTo(true));
        Map<String, Object> whole = question(null, nightStart(), Duration.ofHours(2));
        whole.remove("hosts");
        whole.put("cluster", cluster);
        as("viewer").body(whole).post("/api/v1/proposals/what-if").then().statusCode(200)
                .body("hosts", hasSize(2), "clusters[0].hostsUp", hasSize(0), "booking.free", equalTo(false),
                        "booking.conflicts.kind", hasItem("MIN_AVAILABLE"));
    }

    @Test
    void the_dry_run_meets_blackouts_and_minimum_notice_as_submit_would_and_writes_nothing() {
        String host = hostWithHistory(null, null);
        Instant start = nightStart();
        as("manager").body(Map.of("name", unique("freeze"), "start", start.minus(Duration.ofHours(1)).toString(),
                "end", start.plus(Duration.ofHours(3)).toString(), "timeZone", "UTC", "hosts", List.of(host),
                "reason", "audit")).post("/api/v1/blackouts").then().statusCode(201);
        as("viewer").body(question(List.of(host), start, Duration.ofHours(2))).post("/api/v1/proposals/what-if")
                .then().statusCode(200).body("booking.free", equalTo(false), "booking.conflicts.kind",
                        hasItem("BLACKOUT"));
        Instant soon = Api.now().plus(Duration.ofHours(2));
        as("viewer").body(question(List.of(host), soon, Duration.ofHours(1))).post("/api/v1/proposals/what-if")
                .then().statusCode(200).body("booking.conflicts.kind", hasItem("TOO_SOON"));
        as("viewer").queryParam("host", host).get("/api/v1/changes").then().statusCode(200)
                .body("items", hasSize(0));
    }

    @Test
    void a_change_is_replayed_with_its_own_booking_check() {
        String host = hostWithHistory(null, null);
        Instant start = nightStart();
        Map<String, Object> change = new HashMap<>(Map.of("title", "Patch " + host, "type", "NORMAL", "hosts",
                List.of(host), "window", Map.of("start", start.toString(), "end",
                        start.plus(Duration.ofHours(2)).toString()),
                "plan", List.of(Map.of("title", "patch", "role", Api.role("wir"), "duration", "PT1H")),
                "backoutPlan", "restore the snapshot", "risk", "LOW"));
        int id = as("requester").body(Api.standardFit(change)).post("/api/v1/changes").then().statusCode(201)
                .extract().path("id");
        as("viewer").queryParam("weeks", 4).get("/api/v1/changes/{id}/what-if", id).then().statusCode(200)
                .body("weeks", equalTo(4), "hosts[0].host", equalTo(host), "hosts[0].summary.quietWeeks",
                        equalTo(4), "hosts[0].weeks.hasData", everyItem(equalTo(true)), "booking.type",
                        equalTo("NORMAL"), "booking.free", equalTo(true));
        as("viewer").get("/api/v1/changes/{id}/what-if", id).then().statusCode(200).body("weeks", equalTo(8));
        as("viewer").get("/api/v1/changes/{id}/what-if", 999_999_999).then().statusCode(404);
        as("viewer").queryParam("weeks", 53).get("/api/v1/changes/{id}/what-if", id).then().statusCode(400)
                .body("errors[0].field", equalTo("weeks"));
        as("viewer").queryParam("weeks", 0).get("/api/v1/changes/{id}/what-if", id).then().statusCode(400)
                .body("errors[0].field", equalTo("weeks"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"viewer", "requester", "manager", "admin"})
    void every_reader_may_ask(String user) {
        String host = Api.host("wi", null);
        as(user).body(question(List.of(host), nightStart(), Duration.ofHours(2))).post("/api/v1/proposals/what-if")
                .then().statusCode(200).body("hosts[0].summary.verdict",
                        equalTo("no load history for this window in the last 8 weeks"));
    }

    @Test
    void machines_and_strangers_may_not_ask() {
        String host = Api.host("wi", null);
        Map<String, Object> body = question(List.of(host), nightStart(), Duration.ofHours(2));
        as("ingest").body(body).post("/api/v1/proposals/what-if").then().statusCode(403);
        as("gate").body(body).post("/api/v1/proposals/what-if").then().statusCode(403);
        given().contentType("application/json").body(body).post("/api/v1/proposals/what-if").then().statusCode(401);
        as("ingest").get("/api/v1/changes/{id}/what-if", 1).then().statusCode(403);
        given().get("/api/v1/changes/{id}/what-if", 1).then().statusCode(401);
    }

    @Test
    void bad_questions_are_refused_naming_the_field() {
        String host = Api.host("wi", null);
        Instant start = nightStart();
        refused(question(List.of(host), Api.now().minus(Duration.ofHours(3)), Duration.ofHours(2)), "start");
        refused(question(List.of(host), Api.now().plus(Duration.ofDays(400)), Duration.ofHours(2)), "start");
        refused(question(List.of(host), start, Duration.ofHours(-1)), "end");
        refused(question(List.of(host), start, Duration.ZERO), "end");
        refused(question(List.of(host), start, Duration.ofHours(25)), "end");
        refused(withWeeks(question(List.of(host), start, Duration.ofHours(2)), 53), "weeks");
        refused(withWeeks(question(List.of(host), start, Duration.ofHours(2)), 0), "weeks");
        Map<String, Object> both = question(List.of(host), start, Duration.ofHours(2));
        both.put("cluster", Api.cluster("wic", 0));
        refused(both, "cluster");
        refused(question(List.of(), start, Duration.ofHours(2)), "cluster");
        List<String> many = new ArrayList<>();
        for (int i = 0; i <= WhatIfRequest.MAX_HOSTS; i++) {
            many.add("wi-" + i);
        }
        refused(question(many, start, Duration.ofHours(2)), "hosts");
        Map<String, Object> noStart = question(List.of(host), start, Duration.ofHours(2));
        noStart.remove("start");
        refused(noStart, "start");
    }

    @Test
    void unknown_hosts_and_clusters_are_unprocessable_as_in_plans() {
        as("viewer").body(question(List.of(unique("nohost")), nightStart(), Duration.ofHours(2)))
                .post("/api/v1/proposals/what-if").then().statusCode(422);
        Map<String, Object> body = question(null, nightStart(), Duration.ofHours(2));
        body.remove("hosts");
        body.put("cluster", unique("nocluster"));
        as("viewer").body(body).post("/api/v1/proposals/what-if").then().statusCode(422);
    }

    static void refused(Map<String, Object> body, String field) {
        as("viewer").body(body).post("/api/v1/proposals/what-if").then().statusCode(400)
                .contentType("application/problem+json").body("errors.field", hasItem(field));
    }
}
