package dev.lull.servicelevel;

import static dev.lull.Api.as;
import static dev.lull.Api.clockAt;
import static dev.lull.Api.ingestCsv;
import static dev.lull.servicelevel.ServiceLevelFixtures.NOW;
import static dev.lull.servicelevel.ServiceLevelFixtures.cluster;
import static dev.lull.servicelevel.ServiceLevelFixtures.host;
import static dev.lull.servicelevel.ServiceLevelFixtures.precisely;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.nullValue;

import java.time.Duration;
import java.util.List;
import java.util.function.IntToDoubleFunction;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayNameGeneration;
import org.junit.jupiter.api.DisplayNameGenerator;
import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;

@QuarkusTest
@DisplayNameGeneration(DisplayNameGenerator.ReplaceUnderscores.class)
class CapacityResourceTest {

    @BeforeEach
    void now() {
        clockAt(NOW);
    }

    /** One sample per host at the start of each of the last 40 hours; hour i back carries {@code load(i)}. */
    private static void load(List<String> hosts, IntToDoubleFunction load) {
        StringBuilder csv = new StringBuilder("host,at,messages\n");
        for (String host : hosts) {
            for (int i = 1; i <= 40; i++) {
                csv.append(host).append(',').append(NOW.minus(Duration.ofHours(i))).append(',')
                        .append(load.applyAsDouble(i)).append('\n');
            }
        }
        ingestCsv(csv.toString(), 200);
    }

    @Test
    void a_cluster_whose_survivors_would_run_hot_is_advised_to_add_hosts() {
        String cluster = cluster(2);
        List<String> hosts = List.of(host(cluster, 100.0, "UTC"), host(cluster, 100.0, "UTC"),
                host(cluster, 100.0, "UTC"));
        String unmeasured = host(cluster, null, "UTC");
        load(hosts, i -> 100.0 * i);
        load(List.of(unmeasured), i -> 1_000_000);
        precisely("viewer").get("/api/v1/clusters/{name}/capacity?weeks=2", cluster).then().statusCode(200)
                .body("hoursWithLoad", equalTo(40), "p95PerMinute", equalTo(190.0), "peakPerMinute", equalTo(200.0),
                        "threshold", equalTo(0.8), "hostsCounted", containsInAnyOrder(hosts.toArray()),
                        "hostsWithoutCapacity", contains(unmeasured),
                        "oneHostDown.hosts", equalTo(2), "oneHostDown.capacityPerMinute", equalTo(200.0),
                        "oneHostDown.p95Utilization", equalTo(0.95), "oneHostDown.peakUtilization",
                        equalTo(1.0), "oneHostDown.overThreshold", equalTo(true),
                        "minAvailableOnly.hosts", equalTo(2), "minAvailableOnly.overThreshold", equalTo(true),
                        "recommendation.addHosts", equalTo(1), "recommendation.hostCapacityPerMinute",
                        equalTo(100.0), "recommendation.reason", containsString("p95"),
                        "warnings", hasItem(containsString("minAvailable")));
    }

    @Test
    void a_cluster_with_headroom_gets_no_recommendation() {
        String cluster = cluster(1);
        List<String> hosts = List.of(host(cluster, 100.0, "UTC"), host(cluster, 100.0, "UTC"));
        load(hosts, i -> 100);
        precisely("viewer").get("/api/v1/clusters/{name}/capacity", cluster).then().statusCode(200)
                .body("weeks", equalTo(4), "p95PerMinute", equalTo(3.3), "oneHostDown.p95Utilization",
                        equalTo(0.03333), "oneHostDown.overThreshold", equalTo(false),
                        "recommendation", nullValue(), "warnings", empty());
    }

    @Test
    void a_cluster_without_capacities_or_load_says_so() {
        String cluster = cluster(1);
        host(cluster);
        as("viewer").get("/api/v1/clusters/{name}/capacity", cluster).then().statusCode(200)
                .body("hostsCounted", empty(), "recommendation", nullValue(), "warnings", hasItem(containsString(
                        "capacityPerMinute")), "warnings", hasItem(containsString("no load history")));
    }

    @Test
    void bad_weeks_are_400_and_unknown_clusters_404() {
        String cluster = cluster(1);
        as("viewer").get("/api/v1/clusters/{name}/capacity?weeks=0", cluster).then().statusCode(400)
                .body("errors.field", contains("weeks"));
        as("viewer").get("/api/v1/clusters/{name}/capacity?weeks=53", cluster).then().statusCode(400);
        as("viewer").get("/api/v1/clusters/{name}/capacity?weeks=two", cluster).then().statusCode(400);
        as("viewer").get("/api/v1/clusters/{name}/capacity", "no-such-cluster").then().statusCode(404);
    }
}
