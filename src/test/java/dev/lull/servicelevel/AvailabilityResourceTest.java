package dev.lull.servicelevel;

import static dev.lull.Api.as;
import static dev.lull.Api.clockAt;
import static dev.lull.servicelevel.ServiceLevelFixtures.NOW;
import static dev.lull.servicelevel.ServiceLevelFixtures.budget;
import static dev.lull.servicelevel.ServiceLevelFixtures.change;
import static dev.lull.servicelevel.ServiceLevelFixtures.cluster;
import static dev.lull.servicelevel.ServiceLevelFixtures.host;
import static dev.lull.servicelevel.ServiceLevelFixtures.localDays;
import static dev.lull.servicelevel.ServiceLevelFixtures.localDaysBefore;
import static dev.lull.servicelevel.ServiceLevelFixtures.outage;
import static dev.lull.servicelevel.ServiceLevelFixtures.precisely;
import static dev.lull.servicelevel.ServiceLevelFixtures.sla;
import static org.hamcrest.Matchers.closeTo;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.nullValue;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayNameGeneration;
import org.junit.jupiter.api.DisplayNameGenerator;
import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;

@QuarkusTest
@DisplayNameGeneration(DisplayNameGenerator.ReplaceUnderscores.class)
class AvailabilityResourceTest {
    private static final Instant DAY_AGO = NOW.minus(Duration.ofDays(1));

    @BeforeEach
    void now() {
        clockAt(NOW);
    }

    private static Instant hoursAfter(Instant start, int hours) {
        return start.plus(Duration.ofHours(hours));
    }

    @Test
    void a_cluster_of_four_that_needs_three_loses_only_the_hour_two_outages_overlap() {
        String cluster = cluster(3);
        String a = host(cluster);
        String b = host(cluster);
        host(cluster);
        host(cluster);
        sla("cluster", cluster, 0.999, "P30D");
        outage(List.of(a), hoursAfter(DAY_AGO, 10), hoursAfter(DAY_AGO, 12));
        outage(List.of(b), hoursAfter(DAY_AGO, 11), hoursAfter(DAY_AGO, 13));
        Duration month = localDays(30);
        precisely("viewer").get("/api/v1/clusters/{name}/availability", cluster).then().statusCode(200)
                .body("scope", equalTo("CLUSTER"), "availabilityTarget", equalTo(0.999), "unplannedDowntime",
                        equalTo("PT1H"),
                        "plannedDowntime", equalTo("PT0S"), "budget", equalTo(budget(0.999, month).toString()),
                        "budgetRemaining", equalTo("PT0S"),
                        "budgetOverrun", equalTo(Duration.ofHours(1).minus(budget(0.999, month)).toString()),
                        "achieved", closeTo(1 - 1.0 / month.toHours(), 1e-6),
                        "period.from", equalTo(localDaysBefore(30).toString()),
                        "period.to", equalTo(NOW.toString()), "period.timeZone", equalTo("Europe/Paris"));
        as("viewer").get("/api/v1/hosts/{name}/availability", a).then().statusCode(200)
                .body("scope", equalTo("HOST"), "unplannedDowntime", equalTo("PT2H"), "availabilityTarget", nullValue(),
                        "budget", nullValue());
    }

    @Test
    void changes_count_as_planned_downtime_from_their_actual_start_to_their_actual_end_or_now() {
        String host = host(null);
        Instant twoDaysAgo = NOW.minus(Duration.ofDays(2));
        int done = standardChange(host, twoDaysAgo, Duration.ofHours(2));
        clockAt(twoDaysAgo.plus(Duration.ofMinutes(10)));
        as("requester").post("/api/v1/changes/{id}/start", done).then().statusCode(200);
        clockAt(twoDaysAgo.plus(Duration.ofMinutes(70)));
        as("requester").body(Map.of("outcome", "SUCCESSFUL")).post("/api/v1/changes/{id}/complete", done).then()
                .statusCode(200);
        int running = standardChange(host, NOW.minus(Duration.ofHours(1)), Duration.ofHours(2));
        clockAt(NOW.minus(Duration.ofMinutes(30)));
        as("requester").post("/api/v1/changes/{id}/start", running).then().statusCode(200);
        standardChange(host, NOW.plus(Duration.ofDays(1)), Duration.ofHours(1));
        clockAt(NOW);
        as("viewer").get("/api/v1/hosts/{name}/availability", host).then().statusCode(200)
                .body("plannedDowntime", equalTo("PT1H30M"), "unplannedDowntime", equalTo("PT0S"));
    }

    /** A STANDARD change on the host, scheduled (submitted with the clock two hours before its window). */
    private static int standardChange(String host, Instant start, Duration length) {
        clockAt(start.minus(Duration.ofHours(2)));
        int id = change("STANDARD", host, start, length);
        as("requester").post("/api/v1/changes/{id}/submit", id).then().statusCode(200);
        return id;
    }

    @Test
    void an_ongoing_outage_counts_up_to_now() {
        String host = host(null);
        sla("host", host, 0.99, "P1D");
        outage(List.of(host), NOW.minus(Duration.ofMinutes(90)), null);
        Duration budget = budget(0.99, localDays(1));
        as("viewer").get("/api/v1/hosts/{name}/availability", host).then().statusCode(200)
                .body("unplannedDowntime", equalTo("PT1H30M"), "budget", equalTo(budget.toString()),
                        "budgetRemaining", equalTo("PT0S"),
                        "budgetOverrun", equalTo(Duration.ofMinutes(90).minus(budget).toString()));
    }

    @Test
    void a_period_reaching_past_now_is_observed_up_to_now_with_the_whole_periods_budget() {
        String host = host(null);
        sla("host", host, 0.9, "P1D");
        outage(List.of(host), NOW.minus(Duration.ofHours(1)), NOW);
        precisely("viewer").get("/api/v1/hosts/{name}/availability?from={from}&to={to}", host,
                NOW.minus(Duration.ofHours(4)).toString(), NOW.plus(Duration.ofHours(6)).toString()).then()
                .statusCode(200).body("achieved", closeTo(0.75, 1e-6), "budget", equalTo("PT1H"),
                        "budgetRemaining", equalTo("PT0S"), "period.observedUntil", equalTo(NOW.toString()),
                        "period.length", equalTo("PT10H"));
    }

    @Test
    void the_spring_forward_day_in_paris_has_a_23_hour_budget() {
        Instant midnight = Instant.parse("2026-03-29T22:00:00Z");
        clockAt(midnight);
        String host = host(null);
        sla("host", host, 0.99, "P1D");
        outage(List.of(host), Instant.parse("2026-03-29T08:00:00Z"), Instant.parse("2026-03-29T09:00:00Z"));
        precisely("viewer").get("/api/v1/hosts/{name}/availability", host).then().statusCode(200)
                .body("period.from", equalTo("2026-03-28T23:00:00Z"), "period.length", equalTo("PT23H"),
                        "budget", equalTo("PT13M48S"), "budgetRemaining", equalTo("PT0S"),
                        "budgetOverrun", equalTo("PT46M12S"), "achieved", equalTo(0.956522));
    }

    @Test
    void without_a_service_level_availability_is_measured_over_the_default_period() {
        String host = host(null);
        as("viewer").get("/api/v1/hosts/{name}/availability", host).then().statusCode(200)
                .body("achieved", equalTo(1.0f), "period.length", equalTo(localDays(30).toString()),
                        "availabilityTarget",
                        nullValue(), "budgetRemaining", nullValue(), "budgetOverrun", nullValue());
    }

    @Test
    void bad_ranges_are_400_naming_the_parameter() {
        String host = host(null);
        String path = "/api/v1/hosts/{name}/availability?from={from}&to={to}";
        as("viewer").get(path, host, "yesterday", NOW.toString()).then().statusCode(400)
                .body("errors.field", contains("from"));
        as("viewer").get(path, host, NOW.toString(), DAY_AGO.toString()).then().statusCode(400)
                .body("errors.field", contains("to"));
        as("viewer").get(path, host, NOW.plusSeconds(60).toString(), NOW.plus(Duration.ofDays(1)).toString())
                .then().statusCode(400).body("errors.field", contains("from"));
        as("viewer").get(path, host, NOW.minus(Duration.ofDays(400)).toString(), NOW.toString()).then()
                .statusCode(400).body("errors.field", contains("to"));
    }

    @Test
    void unknown_hosts_and_clusters_are_404() {
        as("viewer").get("/api/v1/hosts/{name}/availability", "no-such-host").then().statusCode(404);
        as("viewer").get("/api/v1/clusters/{name}/availability", "no-such-cluster").then().statusCode(404);
    }
}
