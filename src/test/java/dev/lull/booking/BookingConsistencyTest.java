package dev.lull.booking;

import static dev.lull.Api.as;
import static dev.lull.booking.BookingFixtures.blackout;
import static dev.lull.booking.BookingFixtures.book;
import static dev.lull.booking.BookingFixtures.cancel;
import static dev.lull.booking.BookingFixtures.change;
import static dev.lull.booking.BookingFixtures.create;
import static dev.lull.booking.BookingFixtures.paris;
import static dev.lull.booking.BookingFixtures.sla;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.not;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalTime;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayNameGeneration;
import org.junit.jupiter.api.DisplayNameGenerator;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;

import dev.lull.Api;

/**
 * Proposals never offer what booking refuses: for hosts in a cluster with other booked work and a blackout, a
 * cluster that can never spare a host, and a host with a tight downtime budget, every candidate and every plan
 * window is booked (submit, approve, authorize) without a refusal.
 */
@QuarkusTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@DisplayNameGeneration(DisplayNameGenerator.ReplaceUnderscores.class)
class BookingConsistencyTest {
    String role;
    String mbox;
    List<String> members;
    String single;
    String tight;

    /** Once for the class (RestAssured knows the test port only from the first test on). */
    @BeforeEach
    void timeline() {
        if (role != null) {
            return;
        }
        role = Api.role("bk", "dba");
        mbox = Api.cluster("mbox", 2);
        members = List.of(Api.host("mb", mbox), Api.host("mb", mbox), Api.host("mb", mbox));
        int other = create(change(role, members.get(0), paris(3, LocalTime.of(1, 0)), paris(3, LocalTime.of(6, 0)),
                Duration.ofHours(1)));
        book(other, role);
        blackout(mbox, paris(4, LocalTime.MIDNIGHT), paris(5, LocalTime.MIDNIGHT));
        single = Api.host("bts", Api.cluster("bts", 1));
        tight = Api.host("tight", null);
        sla("host", tight, 0.999, "P30D");
    }

    @Test
    void every_candidate_of_every_host_books_without_a_refusal() {
        for (String host : List.of(members.get(1), members.get(2), tight)) {
            String duration = host.equals(tight) ? "PT30M" : "PT2H";
            List<Map<String, String>> candidates = candidates(host, duration, false);
            assertThat(candidates).as("candidates of " + host).isNotEmpty();
            for (Map<String, String> candidate : candidates) {
                Instant start = Instant.parse(candidate.get("start"));
                Instant end = Instant.parse(candidate.get("end"));
                int id = create(change(role, host, start, end, Duration.ofMinutes(30)));
                book(id, role);
                cancel(id);
            }
        }
    }

    @Test
    void a_host_whose_cluster_can_never_spare_it_gets_no_candidate_and_no_plan() {
        assertThat(candidates(single, "PT2H", false)).isEmpty();
        as("viewer").body(Map.of("hosts", List.of(single), "duration", "PT2H")).post("/api/v1/proposals/plan")
                .then().statusCode(409);
    }

    @Test
    void windows_that_would_breach_a_budget_are_offered_only_when_asked_for() {
        assertThat(candidates(tight, "PT1H", false)).isEmpty();
        as("viewer").queryParam("duration", "PT1H").queryParam("allowBudgetBreach", true)
                .get("/api/v1/hosts/{h}/proposals", tight).then().statusCode(200)
                .body("candidates", not(empty()), "candidates.budgetImpact.flatten().wouldBreachTarget",
                        everyItem(equalTo(true)));
        as("viewer").body(Map.of("hosts", List.of(tight), "duration", "PT1H")).post("/api/v1/proposals/plan")
                .then().statusCode(409);
        as("viewer").body(Map.of("hosts", List.of(tight), "duration", "PT1H", "allowBudgetBreach", true))
                .post("/api/v1/proposals/plan").then().statusCode(200).body("windows", hasSize(1));
    }

    @Test
    void every_window_of_a_cluster_plan_books_together_without_a_refusal() {
        JsonPath plan = as("viewer").body(Map.of("cluster", mbox, "duration", "PT2H"))
                .post("/api/v1/proposals/plan").then().statusCode(200).body("windows", hasSize(3)).extract()
                .jsonPath();
        List<Integer> ids = plan.getList("windows", Map.class).stream().map(window -> create(change(role,
                (String) window.get("host"), Instant.parse((String) window.get("start")),
                Instant.parse((String) window.get("end")), Duration.ofMinutes(30)))).toList();
        ids.forEach(id -> book(id, role));
        ids.forEach(id -> as("viewer").get("/api/v1/changes/{id}", id).then().body("status", equalTo("SCHEDULED")));
        ids.forEach(BookingFixtures::cancel);
    }

    private static List<Map<String, String>> candidates(String host, String duration, boolean allowBreach) {
        return as("viewer").queryParam("duration", duration).queryParam("allowBudgetBreach", allowBreach)
                .get("/api/v1/hosts/{h}/proposals", host).then().statusCode(200).extract().jsonPath()
                .getList("candidates");
    }
}
