package dev.lull.proposal;

import static dev.lull.Api.as;
import static dev.lull.Api.clockAt;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import java.net.URL;
import java.time.Instant;

import org.junit.jupiter.api.DisplayNameGeneration;
import org.junit.jupiter.api.DisplayNameGenerator.ReplaceUnderscores;
import org.junit.jupiter.api.Test;

import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;

import dev.lull.Api;

@QuarkusTest
@DisplayNameGeneration(ReplaceUnderscores.class)
class CacheMetricsTest {
    static final Instant NOW = Instant.parse("2026-11-30T09:20:00Z");

    /** /q/metrics on the management port. */
    @TestHTTPResource(value = "metrics", management = true)
    URL metricsUrl;

    @Test
    void the_proposal_caches_show_hits_misses_evictions_entries_and_bytes_on_q_metrics() {
        clockAt(NOW);
        String host = Api.host("cm", null);
        double hits = metric("cache_gets_total", "proposal-answers", "result=\"hit\"");
        for (int i = 0; i < 2; i++) {
            as("viewer").queryParam("duration", "PT2H").get("/api/v1/hosts/{name}/proposals", host).then()
                    .statusCode(200);
        }
        assertThat(metric("cache_gets_total", "proposal-answers", "result=\"hit\"")).isEqualTo(hits + 1);
        for (String cache : new String[]{"proposal-answers", "proposal-fits", "proposal-busy",
                "proposal-booking", "proposal-holiday-scopes"}) {
            assertThat(metric("cache_gets_total", cache, "result=\"miss\"")).isPositive();
            assertThat(metric("cache_evictions_total", cache, "")).isNotNegative();
            assertThat(metric("cache_size", cache, "")).isPositive();
            assertThat(metric("cache_weight_bytes", cache, "")).isPositive()
                    .isLessThanOrEqualTo(metric("cache_max_weight_bytes", cache, ""));
        }
    }

    /** The value of the series {@code name} whose labels include the cache's and {@code label}. */
    private double metric(String name, String cache, String label) {
        String metrics = given().get(metricsUrl).then().statusCode(200).extract().asString();
        return metrics.lines().filter(line -> line.startsWith(name + "{"))
                .filter(line -> line.contains("cache=\"" + cache + "\"") && line.contains(label))
                .mapToDouble(line -> Double.parseDouble(line.substring(line.lastIndexOf(' ') + 1))).findFirst()
                .orElseThrow(() -> new AssertionError("no " + name + " of " + cache + " " + label + " in " + metrics));
    }
}
