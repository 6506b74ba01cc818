package dev.lull.servicelevel;

import static dev.lull.Api.as;

import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import io.restassured.config.JsonConfig;
import io.restassured.config.RestAssuredConfig;
import io.restassured.path.json.config.JsonPathConfig.NumberReturnType;
import io.restassured.specification.RequestSpecification;

import dev.lull.Api;
import dev.lull.platform.ApiNumbers;

/** Clusters, hosts, service levels and outages for the service-level API tests. */
final class ServiceLevelFixtures {
    /** The tests' "now", the suite's instant (see TestClock). */
    static final Instant NOW = Api.now();

    private ServiceLevelFixtures() {
    }

    /** The instant a period of that many local days ends at {@link #NOW} starts, on a Paris host (DST included). */
    static Instant localDaysBefore(int days) {
        return NOW.atZone(ZoneId.of("Europe/Paris")).minusDays(days).toInstant();
    }

    /** The length of the period of that many local days ending at {@link #NOW} on a Paris host. */
    static Duration localDays(int days) {
        return Duration.between(localDaysBefore(days), NOW);
    }

    /** The downtime budget of a target over a period of that length, as the API shows it: in whole seconds. */
    static Duration budget(double target, Duration length) {
        return ApiNumbers.seconds(Duration.ofMillis(Math.round(length.toMillis() * (1 - target))));
    }

    /** Like {@code Api.as}, but reads JSON numbers as doubles, so fractions can be compared exactly. */
    static RequestSpecification precisely(String user) {
        return as(user).config(RestAssuredConfig.config()
                .jsonConfig(JsonConfig.jsonConfig().numberReturnType(NumberReturnType.DOUBLE)));
    }

    static String cluster(int minAvailable) {
        return Api.cluster("slc", minAvailable);
    }

    static String host(String cluster) {
        return Api.host("slh", cluster);
    }

    static String host(String cluster, Double capacityPerMinute, String zone) {
        return Api.host("slh", cluster, zone, capacityPerMinute);
    }

    /** A new approval role owned by the demo user dba. */
    static String role() {
        return Api.role("slrole", "dba");
    }

    /** A change of that type taking the host down for {@code length} from {@code start}, one step as long. */
    static int change(String type, String host, Instant start, Duration length) {
        Map<String, Object> body = Map.of("title", "Patch " + host, "type", type, "hosts", List.of(host),
                "window", Map.of("start", start.toString(), "end", start.plus(length).toString()),
                "plan", List.of(Map.of("title", "patch", "role", role(), "duration", length.toString())),
                "backoutPlan", "restore the snapshot", "risk", "LOW");
        return as("requester").body(Api.standardFit(body)).post("/api/v1/changes").then().statusCode(201).extract()
                .path("id");
    }

    static void sla(String kind, String name, double target, String period) {
        as("admin").body(Map.of("availabilityTarget", target, "periodLength", period))
                .put("/api/v1/" + kind + "s/{name}/sla", name).then().statusCode(201);
    }

    static int outage(List<String> hosts, Instant start, Instant end) {
        Map<String, Object> body = new HashMap<>(Map.of("hosts", hosts, "start", start.toString(), "cause", "power"));
        if (end != null) {
            body.put("end", end.toString());
        }
        return as("manager").body(body).post("/api/v1/outages").then().statusCode(201).extract().path("id");
    }
}
