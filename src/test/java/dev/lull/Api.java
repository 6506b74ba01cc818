package dev.lull;

import static io.restassured.RestAssured.given;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;

import io.quarkus.test.junit.QuarkusMock;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import io.restassured.response.ValidatableResponse;
import io.restassured.specification.RequestSpecification;

/**
 * Request helpers for API tests: a demo user's credentials, unique resource names, a fixed clock, and the
 * clusters, hosts, roles and load samples most tests set up.
 */
public final class Api {
    private static final AtomicInteger COUNTER = new AtomicInteger();
    private static final String RUN = Long.toString(System.nanoTime() % 100_000, 36);

    private Api() {
    }

    /** A JSON request authenticated as the demo user of that name (password {@code lull}). */
    public static RequestSpecification as(String user) {
        return given().auth().preemptive().basic(user, "lull").contentType(ContentType.JSON)
                .log().ifValidationFails();
    }

    /** A name no other test uses, so tests never depend on each other's data. */
    public static String unique(String prefix) {
        return prefix + "-" + RUN + "-" + COUNTER.incrementAndGet();
    }

    /** The instant the application's clock stands at unless a test moves it: see {@link TestClock}. */
    public static Instant now() {
        return TestClock.NOW;
    }

    /** Makes the application's {@link Clock} stand still at {@code now} (UTC) for the current test. */
    public static void clockAt(Instant now) {
        QuarkusMock.installMockForType(new TestClock(now), Clock.class);
    }

    /** {@code from} plus that many days, to the minute; fractions of a day are fine. */
    public static Instant plusDays(Instant from, double days) {
        return from.plus(Duration.ofMinutes((long) (days * 24 * 60)));
    }

    /** A new cluster named {@code prefix-…}, created by admin; answers its name. */
    public static String cluster(String prefix, int minAvailable) {
        String name = unique(prefix);
        as("admin").body(Map.of("name", name, "minAvailable", minAvailable)).post("/api/v1/clusters")
                .then().statusCode(201);
        return name;
    }

    /** A new Europe/Paris host named {@code prefix-…}, in the cluster unless it is null; answers its name. */
    public static String host(String prefix, String cluster) {
        return host(prefix, cluster, "Europe/Paris", null);
    }

    /**
     * A new host named {@code prefix-…} in that time zone, created by admin; the cluster and the capacity are only
     * sent when not null. Answers its name.
     */
    public static String host(String prefix, String cluster, String zone, Double capacityPerMinute) {
        String name = unique(prefix);
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

    /** A new approval role keyed {@code prefix-…}, titled "Team &lt;key&gt;", owned by the users; answers its key. */
    public static String role(String prefix, String... owners) {
        String key = unique(prefix);
        as("admin").body(Map.of("title", "Team " + key, "owners", Arrays.asList(owners)))
                .put("/api/v1/roles/{key}", key).then().statusCode(200);
        return key;
    }

    /**
     * The values of {@code field} in every item of a paged listing, read page by page as {@code user}, so that a test
     * finds its own rows however many other tests have added; each page must answer 200 with the paged shape.
     */
    public static <T> List<T> listed(String user, String path, String field, Object... pathParams) {
        List<T> values = new ArrayList<>();
        for (int page = 0;; page++) {
            ValidatableResponse answer = as(user).queryParam("page", page).queryParam("size", 500)
                    .get(path, pathParams).then().statusCode(200);
            List<T> found = answer.extract().path("items." + field);
            values.addAll(found);
            long total = answer.extract().jsonPath().getLong("total");
            if (found.isEmpty() || (page + 1) * 500L >= total) {
                return values;
            }
        }
    }

    /** PATCHes {@code body} as a JSON Merge Patch as {@code user}, with {@code If-Match} unless it is null. */
    public static Response mergePatch(String user, String ifMatch, String body, String path, Object... pathParams) {
        RequestSpecification request = as(user).contentType("application/merge-patch+json").body(body);
        if (ifMatch != null) {
            request = request.header("If-Match", ifMatch);
        }
        return request.patch(path, pathParams);
    }

    /** Posts a CSV body to {@code /api/v1/load} as the demo user ingest and expects that status. */
    public static ValidatableResponse ingestCsv(String csv, int status) {
        return given().auth().preemptive().basic("ingest", "lull").contentType("text/csv").body(csv)
                .post("/api/v1/load").then().log().ifValidationFails().statusCode(status);
    }

    /**
     * The body, and for a STANDARD change without a template, a new template that a change manager activated, fitting
     * its hosts and plan (with room to reschedule to a window up to ten days long), named in a copy of it.
     */
    public static Map<String, Object> standardFit(Map<String, Object> body) {
        if (!"STANDARD".equals(body.get("type")) || body.containsKey("template")) {
            return body;
        }
        int id = as("manager").body(Map.of("title", "fits " + body.get("title"), "hosts", body.get("hosts"),
                "maxDuration", "PT240H", "plan", body.get("plan"))).post("/api/v1/standard-changes").then()
                .statusCode(201).extract().path("id");
        as("manager").post("/api/v1/standard-changes/{id}/activate", id).then().statusCode(200);
        Map<String, Object> fitted = new HashMap<>(body);
        fitted.put("template", id);
        return fitted;
    }
}
