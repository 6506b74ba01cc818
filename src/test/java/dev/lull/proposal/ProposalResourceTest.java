package dev.lull.proposal;

import static dev.lull.Api.as;
import static dev.lull.Api.ingestCsv;
import static dev.lull.Api.unique;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.greaterThan;
import static org.hamcrest.Matchers.hasKey;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.matchesPattern;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.notNullValue;

import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.DisplayNameGeneration;
import org.junit.jupiter.api.DisplayNameGenerator;
import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;

import dev.lull.Api;

@QuarkusTest
@DisplayNameGeneration(DisplayNameGenerator.ReplaceUnderscores.class)
class ProposalResourceTest {
    static final ZoneId PARIS = ZoneId.of("Europe/Paris");

    static String cluster(int minAvailable) {
        return Api.cluster("pc", minAvailable);
    }

    /** A Paris host whose load follows the clock: busy by day, lowest at 03:00 local, four weeks of it. */
    static String hostWithHistory(String cluster) {
        String name = Api.host("ph", cluster);
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

    @Test
    void proposals_are_the_quietest_local_hours_best_first_and_never_overlapping() {
        String host = hostWithHistory(null);
        JsonPath body = as("viewer").queryParam("duration", "PT2H").queryParam("limit", 3)
                .get("/api/v1/hosts/{name}/proposals", host)
                .then().statusCode(200)
                .body("host", equalTo(host), "timeZone", equalTo("Europe/Paris"), "duration", equalTo("PT2H"),
                        "candidates", hasSize(3), "candidates.confidence", everyItem(equalTo("MEDIUM")),
                        "basis.weeks", equalTo(4), "basis.hoursWithLoad", greaterThan(0), "candidates[0].reason",
                        containsString("Europe/Paris"))
                .extract().jsonPath();
        for (int i = 0; i < 3; i++) {
            assertThat(body.getString("candidates[" + i + "].localStart")).containsAnyOf("T02:", "T03:");
            assertThat(Duration.between(Instant.parse(body.getString("candidates[" + i + "].start")),
                    Instant.parse(body.getString("candidates[" + i + "].end")))).isEqualTo(Duration.ofHours(2));
        }
        assertThat(body.getDouble("candidates[0].expectedMessages"))
                .isLessThanOrEqualTo(body.getDouble("candidates[1].expectedMessages"));
        assertThat(Instant.parse(body.getString("period.from"))).isAfter(Api.now().plus(Duration.ofHours(23)));
    }

    @Test
    void candidates_show_what_they_would_cost_the_host_downtime_budget() {
        String host = hostWithHistory(null);
        as("admin").body(Map.of("availabilityTarget", 0.99, "periodLength", "P30D"))
                .put("/api/v1/hosts/{name}/sla", host).then().statusCode(201);
        as("viewer").queryParam("limit", 1).get("/api/v1/hosts/{name}/proposals", host).then().statusCode(200)
                .body("candidates[0].budgetImpact[0].scope", equalTo("HOST"),
                        "candidates[0].budgetImpact[0].availabilityTarget", equalTo(0.99f),
                        "candidates[0].budgetImpact[0].budgetOverrunAfter", equalTo("PT0S"),
                        "candidates[0].budgetImpact[0].period.from", notNullValue(),
                        "candidates[0].budgetImpact[0].downtimeAdded", equalTo("PT2H"),
                        "candidates[0].budgetImpact[0].wouldBreachTarget", equalTo(false));
        String plain = hostWithHistory(null);
        as("viewer").queryParam("limit", 1).get("/api/v1/hosts/{name}/proposals", plain).then().statusCode(200)
                .body("candidates[0]", not(hasKey("budgetImpact")));
    }

    @Test
    void a_blackout_is_never_proposed() {
        String host = hostWithHistory(null);
        Instant from = Api.now().plus(Duration.ofDays(2)).truncatedTo(ChronoUnit.DAYS);
        Instant to = from.plus(Duration.ofDays(3));
        as("manager")
                .body(Map.of("name", unique("freeze"), "start", from.toString(), "end", from.plus(Duration.ofDays(2))
                        .toString(), "timeZone", "UTC", "hosts", List.of(host), "reason", "audit"))
                .post("/api/v1/blackouts").then().statusCode(201);
        JsonPath body = as("viewer").queryParam("from", from.toString()).queryParam("to", to.toString())
                .queryParam("limit", 1).get("/api/v1/hosts/{name}/proposals", host)
                .then().statusCode(200).extract().jsonPath();
        assertThat(Instant.parse(body.getString("candidates[0].start")))
                .isAfterOrEqualTo(from.plus(Duration.ofDays(2)));
    }

    /** Asks for the best window, then freezes the host from an hour before it to an hour after; returns its start. */
    static Instant bestThenFrozen(String host) {
        Instant start = Instant.parse(as("viewer").queryParam("limit", 1).get("/api/v1/hosts/{name}/proposals", host)
                .then().statusCode(200).extract().path("candidates[0].start"));
        as("manager").body(Map.of("name", unique("freeze"), "start", start.minus(Duration.ofHours(1)).toString(),
                "end", start.plus(Duration.ofHours(3)).toString(), "timeZone", "UTC", "hosts", List.of(host),
                "reason", "audit")).post("/api/v1/blackouts").then().statusCode(201);
        return start;
    }

    @Test
    void a_blackout_made_after_an_answer_is_respected_at_once() {
        String host = hostWithHistory(null);
        Instant first = bestThenFrozen(host);
        String again = as("viewer").queryParam("limit", 1).get("/api/v1/hosts/{name}/proposals", host)
                .then().statusCode(200).extract().path("candidates[0].start");
        assertThat(Instant.parse(again)).isNotEqualTo(first);
    }

    @Test
    void a_blackout_made_after_an_answer_is_respected_by_a_different_question_too() {
        String host = hostWithHistory(null);
        Instant start = bestThenFrozen(host);
        JsonPath again = as("viewer").queryParam("limit", 2).queryParam("duration", "PT90M")
                .get("/api/v1/hosts/{name}/proposals", host).then().statusCode(200).extract().jsonPath();
        for (String candidate : again.getList("candidates.start", String.class)) {
            Instant at = Instant.parse(candidate);
            assertThat(at.isBefore(start.plus(Duration.ofHours(3))) && at.plus(Duration.ofMinutes(90))
                    .isAfter(start.minus(Duration.ofHours(1)))).as(candidate).isFalse();
        }
    }

    @Test
    void a_plan_for_some_hosts_of_a_cluster_counts_an_outage_of_another_as_down() {
        String cluster = cluster(2);
        String a = hostWithHistory(cluster);
        String b = hostWithHistory(cluster);
        hostWithHistory(cluster);
        as("viewer").body(Map.of("hosts", List.of(a), "duration", "PT2H")).post("/api/v1/proposals/plan").then()
                .statusCode(200);
        as("manager").body(Map.of("hosts", List.of(b), "start", Api.now().minus(Duration.ofHours(1)).toString(),
                "cause", "disk failure")).post("/api/v1/outages").then().statusCode(201);
        as("viewer").body(Map.of("hosts", List.of(a), "duration", "PT2H")).post("/api/v1/proposals/plan").then()
                .statusCode(409).body("detail", containsString("no assignment keeps 2 of 3 available"));
    }

    @Test
    void without_history_the_quiet_hours_are_proposed_with_low_confidence() {
        String host = Api.host("ph", null, "America/New_York", null);
        JsonPath body = as("viewer").get("/api/v1/hosts/{name}/proposals", host).then().statusCode(200)
                .body("candidates.confidence", everyItem(equalTo("LOW")), "basis.model", containsString("fallback"))
                .extract().jsonPath();
        Instant start = Instant.parse(body.getString("candidates[0].start"));
        assertThat(OffsetDateTime.parse(body.getString("candidates[0].localStart")))
                .isEqualTo(start.atZone(ZoneId.of("America/New_York")).toOffsetDateTime());
    }

    @Test
    void a_cluster_plan_keeps_min_available_hosts_up_or_says_what_blocks_it() {
        String cluster = cluster(2);
        hostWithHistory(cluster);
        hostWithHistory(cluster);
        hostWithHistory(cluster);
        JsonPath plan = as("viewer").body(Map.of("cluster", cluster, "duration", "PT2H")).post("/api/v1/proposals/plan")
                .then().statusCode(200).body("windows", hasSize(3)).extract().jsonPath();
        List<Instant> starts = plan.getList("windows.start", String.class).stream().map(Instant::parse).toList();
        List<Instant> ends = plan.getList("windows.end", String.class).stream().map(Instant::parse).toList();
        for (int i = 1; i < 3; i++) {
            assertThat(starts.get(i)).isAfterOrEqualTo(ends.get(i - 1));
        }
        String full = cluster(2);
        hostWithHistory(full);
        hostWithHistory(full);
        as("viewer").body(Map.of("cluster", full, "duration", "PT2H")).post("/api/v1/proposals/plan")
                .then().statusCode(409).contentType("application/problem+json")
                .body("detail", containsString("no host may ever be down"));
    }

    @Test
    void the_backtest_scores_recent_weeks() {
        String host = hostWithHistory(null);
        double median = as("viewer").queryParam("weeks", 2).get("/api/v1/hosts/{name}/proposals/backtest", host)
                .then().statusCode(200).body("weeks", hasSize(2), "duration", equalTo("PT2H"),
                        "timeZone", equalTo("Europe/Paris"), "weeks.chosen.timeZone",
                        everyItem(equalTo("Europe/Paris")),
                        "weeks.chosen.localStart", everyItem(matchesPattern(".*T\\d\\d:\\d\\d:\\d\\d\\+0[12]:00")),
                        "weeks.best.localEnd", everyItem(notNullValue()), "weeks.week.start", everyItem(notNullValue()))
                .extract().jsonPath().getDouble("medianRegret");
        assertThat(median).isCloseTo(0.0, within(1e-9));
    }

    @Test
    void bad_parameters_are_400_unknown_hosts_404_and_reading_needs_a_role() {
        String host = Api.host("ph", null, "UTC", null);
        as("viewer").queryParam("duration", "PT5M").get("/api/v1/hosts/{name}/proposals", host).then().statusCode(400)
                .body("errors[0].field", equalTo("duration"));
        as("viewer").queryParam("step", "PT7M").get("/api/v1/hosts/{name}/proposals", host).then().statusCode(400)
                .body("errors[0].field", equalTo("step"));
        as("viewer").queryParam("from", "2020-01-01T00:00:00Z").get("/api/v1/hosts/{name}/proposals", host)
                .then().statusCode(400).body("errors[0].field", equalTo("from"));
        as("viewer").queryParam("limit", 0).get("/api/v1/hosts/{name}/proposals", host).then().statusCode(400);
        as("viewer").queryParam("duration", "two hours").get("/api/v1/hosts/{name}/proposals", host).then()
                .statusCode(400);
        as("viewer").get("/api/v1/hosts/{name}/proposals", "no-such-host").then().statusCode(404);
        as("viewer").body(Map.of("duration", "PT2H")).post("/api/v1/proposals/plan").then().statusCode(400);
        as("viewer").body(Map.of("cluster", "no-such-cluster", "duration", "PT2H")).post("/api/v1/proposals/plan")
                .then().statusCode(422);
        as("viewer").queryParam("weeks", 0).get("/api/v1/hosts/{name}/proposals/backtest", host).then().statusCode(400);
        as("ingest").get("/api/v1/hosts/{name}/proposals", host).then().statusCode(403);
        given().get("/api/v1/hosts/{name}/proposals", host).then().statusCode(401);
    }
}
