package dev.lull.servicelevel;

import static dev.lull.Api.as;
import static dev.lull.Api.unique;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import io.quarkus.test.junit.QuarkusMock;
import io.restassured.config.JsonConfig;
import io.restassured.config.RestAssuredConfig;
import io.restassured.path.json.config.JsonPathConfig.NumberReturnType;
import io.restassured.specification.RequestSpecification;

/** Clusters, hosts, service levels and outages for the service-level API tests, and a clock the tests set. */
final class ServiceLevelFixtures {
    /** The tests' "now": mid-July, so the thirty days before it have no clock change in Paris. */
    static final Instant NOW = Instant.parse("2028-07-15T08:00:00Z");

    private ServiceLevelFixtures() {
    }

    /** Like {@code Api.as}, but reads JSON numbers as doubles, so fractions can be compared exactly. */
    static RequestSpecification precisely(String user) {
        return as(user).config(RestAssuredConfig.config()
                .jsonConfig(JsonConfig.jsonConfig().numberReturnType(NumberReturnType.DOUBLE)));
    }

    static void clockAt(Instant now) {
        QuarkusMock.installMockForType(Clock.fixed(now, ZoneOffset.UTC), Clock.class);
    }

    static String cluster(int minAvailable) {
        String name = unique("slc");
        as("admin").body(Map.of("name", name, "minAvailable", minAvailable)).post("/api/v1/clusters")
                .then().statusCode(201);
        return name;
    }

    static String host(String cluster) {
        return host(cluster, null, "Europe/Paris");
    }

    static String host(String cluster, Double capacityPerMinute, String zone) {
        String name = unique("slh");
        Map<String, Object> body = new HashMap<>(Map.of("name", name, "timeZone", zone));
        if (cluster != null) {
            body.put("cluster", cluster);
        }
        if (capacityPerMinute != null) {
            body.put("capacityPerMinute", capacityPerMinute);
        }
        as("admin").body(body).post("/api/v1/hosts").then().statusCode(201);
        return name;
    }

    static void sla(String kind, String name, double target, String period) {
        as("admin").body(Map.of("availabilityTarget", target, "period", period))
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
