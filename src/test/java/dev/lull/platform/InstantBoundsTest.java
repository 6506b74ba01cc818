package dev.lull.platform;

import static dev.lull.Api.as;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.lessThan;

import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayNameGeneration;
import org.junit.jupiter.api.DisplayNameGenerator;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.ValidatableResponse;

import dev.lull.Api;

/** Every endpoint that takes an instant answers extreme ones with a fast 400 naming the field (issue part 1). */
@QuarkusTest
@DisplayNameGeneration(DisplayNameGenerator.ReplaceUnderscores.class)
class InstantBoundsTest {
    static final Instant NOW = Instant.parse("2027-06-01T10:00:00Z");
    static final String OK = "2027-06-10T00:00:00Z";
    static final String PAST = "2027-05-20T00:00:00Z";
    static final String LATER = "2027-06-11T00:00:00Z";
    private String host;
    private String cluster;

    @BeforeEach
    void setUp() {
        Api.clockAt(NOW);
        cluster = Api.cluster("ib", 1);
        host = Api.host("ib", cluster);
    }

    /** The answer is a 400 naming {@code field}, within two seconds. */
    private static void refused(ValidatableResponse response, String field) {
        response.statusCode(400).contentType("application/problem+json").time(lessThan(2L), TimeUnit.SECONDS)
                .body("errors[0].field", equalTo(field));
    }

    private static Map<String, Object> with(Map<String, Object> body, String key, Object value) {
        Map<String, Object> copy = new HashMap<>(body);
        copy.put(key, value);
        return copy;
    }

    @ParameterizedTest
    @ValueSource(strings = {"0001-01-01T00:00:00Z", "1000-01-01T00:00:00Z", "2200-01-01T00:00:00Z",
            "9999-01-01T00:00:00Z", "-999999999-01-01T00:00:00Z", "+999999999-12-31T23:59:59Z"})
    void query_instants_far_out_are_a_fast_400_on_every_endpoint(String extreme) {
        String hostPath = "/api/v1/hosts/" + host;
        for (String path : List.of(hostPath + "/proposals", hostPath + "/load", hostPath + "/availability",
                "/api/v1/clusters/" + cluster + "/availability", "/api/v1/outages", "/api/v1/changes")) {
            String valid = path.endsWith("/proposals") ? OK : PAST;
            refused(as("viewer").queryParam("from", extreme).get(path).then(), "from");
            refused(as("viewer").queryParam("from", valid).queryParam("to", extreme).get(path).then(), "to");
        }
        refused(as("viewer").queryParam("from", extreme).queryParam("to", OK).get("/api/v1/blackouts").then(),
                "from");
        refused(as("viewer").queryParam("from", OK).queryParam("to", extreme).get("/api/v1/blackouts").then(), "to");
    }

    @ParameterizedTest
    @ValueSource(strings = {"0001-01-01T00:00:00Z", "1000-01-01T00:00:00Z", "2200-01-01T00:00:00Z",
            "9999-01-01T00:00:00Z", "-999999999-01-01T00:00:00Z"})
    void body_instants_far_out_are_a_fast_400_on_every_endpoint(String extreme) {
        Map<String, Object> plan = Map.of("hosts", List.of(host), "duration", "PT2H", "from", OK, "to", LATER);
        refused(as("viewer").body(with(plan, "from", extreme)).post("/api/v1/proposals/plan").then(), "from");
        refused(as("viewer").body(with(plan, "to", extreme)).post("/api/v1/proposals/plan").then(), "to");
        Map<String, Object> blackout = Map.of("name", "b", "start", OK, "end", LATER, "timeZone", "UTC",
                "reason", "r");
        refused(as("manager").body(with(blackout, "start", extreme)).post("/api/v1/blackouts").then(), "start");
        refused(as("manager").body(with(blackout, "end", extreme)).post("/api/v1/blackouts").then(), "end");
        Map<String, Object> outage = Map.of("hosts", List.of(host), "start", OK, "cause", "c");
        refused(as("manager").body(with(outage, "start", extreme)).post("/api/v1/outages").then(), "start");
        refused(as("manager").body(with(outage, "end", extreme)).post("/api/v1/outages").then(), "end");
        refused(as("manager").body(Map.of("end", extreme)).patch("/api/v1/outages/1").then(), "end");
        Map<String, Object> change = Map.of("title", "t", "type", "NORMAL", "hosts", List.of(host),
                "window", Map.of("start", extreme, "end", LATER), "plan", List.of());
        refused(as("requester").body(change).post("/api/v1/changes").then(), "window.start");
        refused(as("requester").body(Map.of("start", extreme, "end", LATER)).put("/api/v1/changes/1/window")
                .then(), "start");
        refused(as("requester").body(Map.of("outcome", "SUCCESSFUL", "actualEnd", extreme))
                .post("/api/v1/changes/1/complete").then(), "actualEnd");
    }

    @Test
    void proposals_in_2200_as_a_viewer_are_a_fast_400_not_an_out_of_memory_error() {
        refused(as("viewer").queryParam("from", "2200-01-01T00:00:00Z").queryParam("to", "2200-03-01T00:00:00Z")
                .get("/api/v1/hosts/{h}/proposals", host).then(), "from");
        refused(as("viewer").queryParam("from", "2199-01-01T00:00:00Z").queryParam("to", "2199-03-01T00:00:00Z")
                .get("/api/v1/hosts/{h}/proposals", host).then(), "from");
    }

    @Test
    void a_plan_in_year_2400_is_a_fast_400() {
        refused(as("viewer").body(Map.of("hosts", List.of(host), "duration", "PT2H", "from", "2400-01-01T00:00:00Z"))
                .post("/api/v1/proposals/plan").then(), "from");
    }

    @Test
    void proposals_and_plans_look_at_most_a_year_ahead() {
        String late = NOW.plus(java.time.Duration.ofDays(366)).toString();
        refused(as("viewer").queryParam("from", OK).queryParam("to", late)
                .get("/api/v1/hosts/{h}/proposals", host).then(), "to");
        refused(as("viewer").body(Map.of("hosts", List.of(host), "duration", "PT2H", "from", late))
                .post("/api/v1/proposals/plan").then(), "from");
        as("viewer").queryParam("from", NOW.plus(java.time.Duration.ofDays(300)).toString())
                .get("/api/v1/hosts/{h}/proposals", host).then().statusCode(200);
    }

    @Test
    void history_reads_stay_within_retention() {
        refused(as("viewer").queryParam("from", "2024-01-01T00:00:00Z").get("/api/v1/hosts/{h}/load", host).then(),
                "from");
        refused(as("viewer").queryParam("from", "2024-01-01T00:00:00Z").queryParam("to", "2024-02-01T00:00:00Z")
                .get("/api/v1/hosts/{h}/availability", host).then(), "from");
        as("viewer").queryParam("from", "2026-01-01T00:00:00Z").queryParam("step", "P1D")
                .get("/api/v1/hosts/{h}/load", host).then()
                .statusCode(200);
    }

    @Test
    void instants_must_be_iso_strings_not_epoch_numbers() {
        as("manager").body(Map.of("name", "b", "start", 1e20, "end", LATER, "timeZone", "UTC", "reason", "r"))
                .post("/api/v1/blackouts").then().statusCode(400).body("errors[0].field", equalTo("start"));
        assertThat(InstantRange.accepted(Instant.parse("2199-12-31T23:59:59Z"))).isTrue();
    }
}
