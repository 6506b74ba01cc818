package dev.lull.servicelevel;

import static dev.lull.Api.as;
import static dev.lull.Api.clockAt;
import static dev.lull.servicelevel.ServiceLevelFixtures.NOW;
import static dev.lull.servicelevel.ServiceLevelFixtures.change;
import static dev.lull.servicelevel.ServiceLevelFixtures.cluster;
import static dev.lull.servicelevel.ServiceLevelFixtures.host;
import static dev.lull.servicelevel.ServiceLevelFixtures.outage;
import static dev.lull.servicelevel.ServiceLevelFixtures.precisely;
import static dev.lull.servicelevel.ServiceLevelFixtures.sla;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.closeTo;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;

import jakarta.inject.Inject;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayNameGeneration;
import org.junit.jupiter.api.DisplayNameGenerator;
import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;

import dev.lull.schedule.BudgetImpact;
import dev.lull.schedule.DowntimeBudget;
import dev.lull.schedule.Interval;

@QuarkusTest
@DisplayNameGeneration(DisplayNameGenerator.ReplaceUnderscores.class)
class DowntimeBudgetTest {
    private static final Instant IN_THREE_DAYS = NOW.plus(Duration.ofDays(3));

    @Inject
    DowntimeBudget budget;

    @BeforeEach
    void now() {
        clockAt(NOW);
    }

    private static void post(String user, int id, String action, Object body, int expected) {
        var request = as(user);
        request = body == null ? request : request.body(body);
        request.post("/api/v1/changes/{id}/" + action, id).then().statusCode(expected);
    }

    private static Map<String, Object> authorization() {
        return Map.of("decision", "APPROVE", "comment", "go");
    }

    /** The length of a budget period as a conflict names it (30 local days are 719 to 721 hours across DST). */
    private static Duration periodOf(Map<String, String> period) {
        return Duration.between(Instant.parse(period.get("from")), Instant.parse(period.get("to")));
    }

    @Test
    void covered_names_the_hosts_with_a_service_level_of_their_own_or_of_their_cluster() {
        String covered = cluster(1);
        String plain = cluster(1);
        String member = host(covered);
        String other = host(plain);
        String single = host(plain);
        String unclustered = host(null);
        sla("cluster", covered, 0.99, "P30D");
        sla("host", single, 0.99, "P30D");

        assertThat(budget.covered(List.of(member, other, single, unclustered, "no-such-host")))
                .containsExactlyInAnyOrder(member, single);
        assertThat(budget.covered(List.of(other, unclustered))).isEmpty();
        assertThat(budget.covered(List.of())).isEmpty();
    }

    @Test
    void authorizing_a_normal_change_that_would_overspend_the_budget_is_refused_naming_the_host() {
        String host = host(null);
        sla("host", host, 0.999, "P30D");
        int id = change("NORMAL", host, IN_THREE_DAYS, Duration.ofMinutes(30));
        post("requester", id, "submit", null, 200);
        String role = as("viewer").get("/api/v1/changes/{id}", id).then().extract().path("approvals[0].role");
        post("dba", id, "approvals", Map.of("role", role, "decision", "APPROVE"), 200);
        outage(List.of(host), NOW.minus(Duration.ofHours(2)), NOW.minus(Duration.ofMinutes(100)));
        var refused = precisely("manager").body(authorization()).post("/api/v1/changes/{id}/authorize", id).then();
        Duration period = periodOf(refused.extract().path("conflicts[0].details.period"));
        refused.statusCode(409)
                .body("conflicts.kind", contains("DOWNTIME_BUDGET"), "conflicts[0].details.host", equalTo(host),
                        "conflicts[0].details.availabilityTarget", equalTo(0.999),
                        "conflicts[0].details.projectedAvailability", closeTo(1 - 50.0 / period.toMinutes(), 1e-6),
                        "conflicts[0].details.downtimeAdded", equalTo("PT30M"),
                        "conflicts[0].message", containsString("below its target of 99.900%"));
        as("viewer").get("/api/v1/changes/{id}", id).then().body("status", equalTo("AUTHORIZE"));
    }

    @Test
    void an_emergency_change_is_authorized_even_when_it_overspends_the_budget() {
        String host = host(null);
        sla("host", host, 0.999, "P30D");
        int id = change("EMERGENCY", host, IN_THREE_DAYS, Duration.ofMinutes(30));
        outage(List.of(host), NOW.minus(Duration.ofHours(2)), NOW.minus(Duration.ofMinutes(100)));
        post("requester", id, "submit", null, 200);
        post("manager", id, "authorize", authorization(), 200);
        as("viewer").get("/api/v1/changes/{id}", id).then().body("status", equalTo("SCHEDULED"));
    }

    @Test
    void a_standard_change_is_refused_when_it_is_booked_on_submit() {
        String host = host(null);
        sla("host", host, 0.999, "P30D");
        int id = change("STANDARD", host, IN_THREE_DAYS, Duration.ofHours(1));
        as("requester").post("/api/v1/changes/{id}/submit", id).then().statusCode(409)
                .body("conflicts.kind", contains("DOWNTIME_BUDGET"), "conflicts[0].details.host", equalTo(host));
    }

    @Test
    void windows_already_booked_count_against_the_budget() {
        String host = host(null);
        sla("host", host, 0.999, "P30D");
        int first = change("STANDARD", host, IN_THREE_DAYS, Duration.ofMinutes(40));
        post("requester", first, "submit", null, 200);
        int second = change("STANDARD", host, IN_THREE_DAYS.plus(Duration.ofDays(1)), Duration.ofMinutes(10));
        var refused = as("requester").post("/api/v1/changes/{id}/submit", second).then();
        Duration period = periodOf(refused.extract().path("conflicts[0].details.period"));
        Duration overrun = Duration.ofMinutes(50).minus(ServiceLevelFixtures.budget(0.999, period));
        refused.statusCode(409)
                .body("conflicts.kind", contains("DOWNTIME_BUDGET"), "conflicts[0].details.host", equalTo(host),
                        "conflicts[0].details.budgetRemainingAfter", equalTo("PT0S"),
                        "conflicts[0].details.budgetOverrunAfter", equalTo(overrun.toString()));
    }

    @Test
    void a_window_while_another_host_of_the_cluster_is_still_out_counts_against_the_clusters_budget() {
        String cluster = cluster(2);
        String a = host(cluster);
        String b = host(cluster);
        host(cluster);
        sla("cluster", cluster, 0.999, "P30D");
        int outage = outage(List.of(a), NOW.minus(Duration.ofMinutes(10)), null);
        int id = change("STANDARD", b, IN_THREE_DAYS, Duration.ofMinutes(50));
        as("requester").post("/api/v1/changes/{id}/submit", id).then().statusCode(409)
                .body("conflicts.kind", contains("DOWNTIME_BUDGET"), "conflicts[0].details.cluster",
                        equalTo(cluster), "conflicts[0].details.downtimeAdded", equalTo("PT50M"),
                        "conflicts[0].message", containsString("cluster " + cluster));
        as("manager").body(Map.of("end", NOW.toString())).patch("/api/v1/outages/{id}", outage).then()
                .statusCode(200);
        post("requester", id, "submit", null, 200);
    }

    @Test
    void the_budget_impact_of_a_proposed_window_is_there_for_other_features_to_ask() {
        String cluster = cluster(1);
        String a = host(cluster);
        host(cluster);
        sla("host", a, 0.99, "P1D");
        sla("cluster", cluster, 0.999, "P30D");
        Interval window = Interval.of(IN_THREE_DAYS, Duration.ofHours(1));
        List<BudgetImpact> impacts = budget.impactOf(List.of(a), window);
        assertThat(impacts).extracting(BudgetImpact::scope).containsExactlyInAnyOrder("HOST", "CLUSTER");
        BudgetImpact onHost = impacts.stream().filter(i -> i.scope().equals("HOST")).findFirst().orElseThrow();
        assertThat(onHost.downtimeAdded()).isEqualTo(Duration.ofHours(1));
        assertThat(onHost.budgetRemainingAfter()).isZero();
        assertThat(onHost.budgetOverrunAfter()).isEqualTo(Duration.ofHours(1).minus(Duration.parse("PT14M24S")));
        assertThat(onHost.wouldBreachTarget()).isTrue();
        BudgetImpact onCluster = impacts.stream().filter(i -> i.scope().equals("CLUSTER")).findFirst().orElseThrow();
        assertThat(onCluster.downtimeAdded()).isZero();
        assertThat(onCluster.wouldBreachTarget()).isFalse();
    }
}
