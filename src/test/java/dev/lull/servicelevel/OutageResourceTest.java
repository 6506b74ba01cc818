package dev.lull.servicelevel;

import static dev.lull.Api.as;
import static dev.lull.Api.clockAt;
import static dev.lull.servicelevel.ServiceLevelFixtures.NOW;
import static dev.lull.servicelevel.ServiceLevelFixtures.cluster;
import static dev.lull.servicelevel.ServiceLevelFixtures.host;
import static dev.lull.servicelevel.ServiceLevelFixtures.outage;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.nullValue;

import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import jakarta.inject.Inject;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayNameGeneration;
import org.junit.jupiter.api.DisplayNameGenerator;
import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;

import dev.lull.schedule.BusyKind;
import dev.lull.schedule.BusyPeriod;
import dev.lull.schedule.Interval;
import dev.lull.schedule.Timeline;

@QuarkusTest
@DisplayNameGeneration(DisplayNameGenerator.ReplaceUnderscores.class)
class OutageResourceTest {
    private static final Instant HOUR_AGO = NOW.minus(Duration.ofHours(1));

    @Inject
    Timeline timeline;

    @BeforeEach
    void now() {
        clockAt(NOW);
    }

    private static Map<String, Object> body(Object... namesAndValues) {
        Map<String, Object> body = new HashMap<>(Map.of("start", HOUR_AGO.toString(), "cause", "disk failure"));
        for (int i = 0; i < namesAndValues.length; i += 2) {
            body.put((String) namesAndValues[i], namesAndValues[i + 1]);
        }
        return body;
    }

    @Test
    void an_ongoing_outage_is_reported_then_ended() {
        String host = host(null);
        var created = as("manager").body(body("hosts", List.of(host))).post("/api/v1/outages").then()
                .statusCode(201).body("hosts", contains(host), "ongoing", equalTo(true), "end", nullValue(),
                        "duration", equalTo("PT1H"), "reportedBy", equalTo("manager"))
                .extract();
        int id = created.path("id");
        assertThat(created.header("Location")).endsWith("/api/v1/outages/" + id);
        as("manager").body(Map.of("end", NOW.minus(Duration.ofMinutes(15)).toString()))
                .patch("/api/v1/outages/{id}", id).then().statusCode(200)
                .body("ongoing", equalTo(false), "duration", equalTo("PT45M"));
        as("viewer").get("/api/v1/outages/{id}", id).then().statusCode(200).body("cause", equalTo("disk failure"));
    }

    @Test
    void an_outage_of_a_cluster_takes_down_all_its_hosts() {
        String cluster = cluster(1);
        String a = host(cluster);
        String b = host(cluster);
        as("admin").body(body("cluster", cluster, "end", NOW.toString())).post("/api/v1/outages").then()
                .statusCode(201).body("hosts", containsInAnyOrder(a, b), "cluster", equalTo(cluster));
    }

    @Test
    void outages_are_on_the_timeline_as_outage_periods() {
        String host = host(null);
        int id = outage(List.of(host), HOUR_AGO, null);
        List<BusyPeriod> busy = timeline.busy(List.of(host), Interval.of(NOW.minus(Duration.ofDays(1)),
                Duration.ofDays(2)));
        assertThat(busy).singleElement().satisfies(period -> {
            assertThat(period.kind()).isEqualTo(BusyKind.OUTAGE);
            assertThat(period.reference()).isEqualTo("outage " + id);
            assertThat(period.interval().start()).isEqualTo(HOUR_AGO);
        });
    }

    @Test
    void outages_are_listed_by_host_and_range_latest_first() {
        String host = host(null);
        int older = outage(List.of(host), NOW.minus(Duration.ofDays(3)), NOW.minus(Duration.ofDays(2)));
        int newer = outage(List.of(host), HOUR_AGO, null);
        as("viewer").get("/api/v1/outages?host={host}", host).then().statusCode(200)
                .body("items.id", contains(newer, older), "total", equalTo(2));
        as("viewer").get("/api/v1/outages?host={host}&from={from}", host, NOW.minus(Duration.ofDays(1)).toString())
                .then().body("items.id", contains(newer));
        as("viewer").get("/api/v1/outages?host={host}&to={to}", host, NOW.minus(Duration.ofDays(1)).toString())
                .then().body("items.id", contains(older));
    }

    @Test
    void hosts_or_a_cluster_must_be_named_but_not_both() {
        String cluster = cluster(1);
        String host = host(cluster);
        as("manager").body(body()).post("/api/v1/outages").then().statusCode(400)
                .body("errors.field", contains("hosts"));
        as("manager").body(body("hosts", List.of())).post("/api/v1/outages").then().statusCode(400)
                .body("errors.field", contains("hosts"));
        as("manager").body(body("hosts", List.of(host), "cluster", cluster)).post("/api/v1/outages").then()
                .statusCode(400).body("errors.field", contains("hosts"));
    }

    @Test
    void bad_fields_are_named() {
        String host = host(null);
        as("manager").body(Map.of("hosts", List.of(host), "start", HOUR_AGO.toString())).post("/api/v1/outages")
                .then().statusCode(400).body("errors.field", contains("cause"));
        as("manager").body(body("hosts", List.of(host), "start", "yesterday")).post("/api/v1/outages").then()
                .statusCode(400).body("errors.field", contains("start"));
        as("manager").body(body("hosts", List.of(host), "start", NOW.plus(Duration.ofHours(1)).toString()))
                .post("/api/v1/outages").then().statusCode(400).body("errors.field", contains("start"));
        as("manager").body(body("hosts", List.of(host), "end", HOUR_AGO.toString())).post("/api/v1/outages")
                .then().statusCode(400).body("errors.field", contains("end"));
        as("manager").body(body("hosts", List.of(host), "end", NOW.plus(Duration.ofHours(1)).toString()))
                .post("/api/v1/outages").then().statusCode(400).body("errors.field", contains("end"));
        as("manager").body(body("hosts", List.of("Bad Name"))).post("/api/v1/outages").then().statusCode(400)
                .body("errors.field", contains("hosts[0]"));
    }

    @Test
    void an_outage_may_end_only_after_it_started_and_not_in_the_future() {
        int id = outage(List.of(host(null)), HOUR_AGO, null);
        as("manager").body(Map.of("end", HOUR_AGO.minusSeconds(1).toString())).patch("/api/v1/outages/{id}", id)
                .then().statusCode(400).body("errors.field", contains("end"));
        as("manager").body(Map.of("end", NOW.plus(Duration.ofDays(1)).toString()))
                .patch("/api/v1/outages/{id}", id).then().statusCode(400).body("errors.field", contains("end"));
        as("manager").body(Map.of()).patch("/api/v1/outages/{id}", id).then().statusCode(400)
                .body("errors.field", contains("end"));
    }

    @Test
    void unknown_hosts_and_clusters_are_422_and_unknown_outages_404() {
        as("manager").body(body("hosts", List.of("no-such-host"))).post("/api/v1/outages").then().statusCode(422);
        as("manager").body(body("cluster", "no-such-cluster")).post("/api/v1/outages").then().statusCode(422);
        as("manager").body(body("cluster", cluster(0))).post("/api/v1/outages").then().statusCode(422);
        as("manager").body(Map.of("end", NOW.toString())).patch("/api/v1/outages/{id}", 987654321).then()
                .statusCode(404);
        as("viewer").get("/api/v1/outages/{id}", 987654321).then().statusCode(404);
    }

    @Test
    void bad_listing_parameters_are_400() {
        as("viewer").get("/api/v1/outages?from=soon").then().statusCode(400).body("errors.field", contains("from"));
        as("viewer").get("/api/v1/outages?from={from}&to={to}", NOW.toString(), HOUR_AGO.toString()).then()
                .statusCode(400).body("errors.field", contains("to"));
        as("viewer").get("/api/v1/outages?size=0").then().statusCode(400);
    }

    @Test
    void change_managers_report_outages_viewers_and_requesters_only_read_them() {
        String host = host(null);
        as("viewer").body(body("hosts", List.of(host))).post("/api/v1/outages").then().statusCode(403);
        as("requester").body(body("hosts", List.of(host))).post("/api/v1/outages").then().statusCode(403);
        given().contentType("application/json").body(body("hosts", List.of(host))).post("/api/v1/outages").then()
                .statusCode(401);
        int id = outage(List.of(host), HOUR_AGO, null);
        as("viewer").body(Map.of("end", NOW.toString())).patch("/api/v1/outages/{id}", id).then().statusCode(403);
        as("requester").get("/api/v1/outages/{id}", id).then().statusCode(200);
        given().get("/api/v1/outages").then().statusCode(401);
    }
}
