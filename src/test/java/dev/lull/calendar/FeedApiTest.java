package dev.lull.calendar;

import static dev.lull.Api.as;
import static dev.lull.Api.clockAt;
import static dev.lull.calendar.CalendarFixtures.T0;
import static dev.lull.calendar.CalendarFixtures.feed;
import static dev.lull.calendar.CalendarFixtures.host;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.greaterThan;
import static org.hamcrest.Matchers.greaterThanOrEqualTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.matchesPattern;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.nullValue;

import java.util.Map;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayNameGeneration;
import org.junit.jupiter.api.DisplayNameGenerator;
import org.junit.jupiter.api.Test;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;

import dev.lull.Api;

@QuarkusTest
@DisplayNameGeneration(DisplayNameGenerator.ReplaceUnderscores.class)
class FeedApiTest {

    @BeforeEach
    void now() {
        clockAt(T0);
    }

    @Test
    void ones_feeds_are_listed_in_pages() {
        for (int i = 0; i < 3; i++) {
            as("infra").body(Map.of("scope", Map.of("all", true))).post("/api/v1/feeds").then().statusCode(201);
        }
        as("infra").queryParam("page", 1).queryParam("size", 2).get("/api/v1/feeds").then().statusCode(200)
                .body("items", hasSize(greaterThan(0)), "items.owner", everyItem(equalTo("infra")),
                        "page", equalTo(1), "size", equalTo(2), "total", greaterThanOrEqualTo(3));
        as("infra").queryParam("page", -1).get("/api/v1/feeds").then().statusCode(400)
                .body("errors[0].field", equalTo("page"));
    }

    @Test
    void a_viewer_creates_a_feed_and_gets_its_secret_address_once() {
        String host = host(null);
        var created = as("viewer").body(Map.of("scope", Map.of("host", host))).post("/api/v1/feeds").then()
                .statusCode(201)
                .body("url", matchesPattern("/calendar/[A-Za-z0-9_-]{43}\\.ics"),
                        "subscribeUrl", matchesPattern("http://localhost:8080/calendar/[A-Za-z0-9_-]{43}\\.ics"),
                        "scope.host", equalTo(host), "owner", equalTo("viewer"), "includeBlackouts", equalTo(true),
                        "includeTentative", equalTo(true), "calendarName", equalTo("Lull: host " + host))
                .extract();
        int id = created.path("id");
        String url = created.path("url");
        as("viewer").get("/api/v1/feeds").then().statusCode(200)
                .body("items.id", hasItem(id), "items.url", everyItem(nullValue()),
                        "items.subscribeUrl", everyItem(nullValue()));
        given().get(url).then().statusCode(200);
    }

    @Test
    void only_the_hash_of_a_token_is_stored() {
        String url = feed("viewer", Map.of("scope", Map.of("all", true)));
        String token = url.substring("/calendar/".length(), url.length() - ".ics".length());
        boolean hashed = QuarkusTransaction.requiringNew().call(
                () -> CalendarFeed.findByTokenHash(FeedTokens.sha256(token)).isPresent()
                        && CalendarFeed.count("tokenHash", token) == 0);
        assertThat(hashed).isTrue();
        assertThat(FeedTokens.sha256(token)).hasSize(64).isNotEqualTo(token);
    }

    @Test
    void everyone_sees_their_own_feeds_and_an_admin_sees_all() {
        int mine = as("dba").body(Map.of("scope", Map.of("all", true))).post("/api/v1/feeds").then().statusCode(201)
                .extract().path("id");
        as("dba").get("/api/v1/feeds").then().statusCode(200).body("items.id", hasItem(mine), "items.owner",
                everyItem(equalTo("dba")));
        as("ops").get("/api/v1/feeds").then().statusCode(200).body("items.id", not(hasItem(mine)));
        assertThat(Api.<Integer>listed("admin", "/api/v1/feeds", "id")).contains(mine);
    }

    @Test
    void a_revoked_feed_answers_404_and_only_its_owner_or_an_admin_revokes_it() {
        var created = as("dba").body(Map.of("scope", Map.of("all", true))).post("/api/v1/feeds").then()
                .statusCode(201).extract();
        int id = created.path("id");
        String url = created.path("url");
        as("ops").delete("/api/v1/feeds/{id}", id).then().statusCode(404)
                .contentType("application/problem+json");
        given().get(url).then().statusCode(200);
        as("dba").delete("/api/v1/feeds/{id}", id).then().statusCode(204);
        given().get(url).then().statusCode(404).contentType("application/problem+json")
                .body("status", equalTo(404));
        as("dba").delete("/api/v1/feeds/{id}", id).then().statusCode(404);
        int other = as("ops").body(Map.of("scope", Map.of("all", true))).post("/api/v1/feeds").then()
                .statusCode(201).extract().path("id");
        as("admin").delete("/api/v1/feeds/{id}", other).then().statusCode(204);
    }

    @Test
    void another_persons_feed_answers_404_exactly_like_a_missing_one_so_ids_cannot_be_enumerated() {
        int id = as("dba").body(Map.of("scope", Map.of("all", true))).post("/api/v1/feeds").then().statusCode(201)
                .extract().path("id");
        String theirs = as("ops").delete("/api/v1/feeds/{id}", id).then().statusCode(404).extract().path("detail");
        String missing = as("ops").delete("/api/v1/feeds/{id}", Integer.MAX_VALUE).then().statusCode(404).extract()
                .path("detail");
        assertThat(theirs).isEqualTo(missing.replace(Integer.toString(Integer.MAX_VALUE), Integer.toString(id)));
        assertThat(Api.<Integer>listed("dba", "/api/v1/feeds", "id")).contains(id);
    }

    @Test
    void a_wrong_or_malformed_token_is_a_plain_404_problem() {
        given().get("/calendar/{token}.ics", "A".repeat(43)).then().statusCode(404)
                .contentType("application/problem+json");
        given().get("/calendar/{token}.ics", "not-a-token").then().statusCode(404)
                .contentType("application/problem+json");
        given().get("/calendar/whatever").then().statusCode(404);
    }

    @Test
    void a_scope_must_name_exactly_one_existing_thing() {
        String host = host(null);
        as("viewer").body(Map.of("scope", Map.of("host", host, "role", "change-manager"))).post("/api/v1/feeds")
                .then().statusCode(400).contentType("application/problem+json")
                .body("errors[0].field", equalTo("scope"));
        as("viewer").body(Map.of("scope", Map.of())).post("/api/v1/feeds").then().statusCode(400);
        as("viewer").body(Map.of()).post("/api/v1/feeds").then().statusCode(400)
                .body("errors[0].field", equalTo("scope"));
        as("viewer").body(Map.of("scope", Map.of("all", false))).post("/api/v1/feeds").then().statusCode(400);
        as("viewer").body(Map.of("scope", Map.of("planet", "mars"))).post("/api/v1/feeds").then().statusCode(400);
        as("viewer").body(Map.of("scope", Map.of("host", "no-such-host"))).post("/api/v1/feeds").then()
                .statusCode(422).body("detail", equalTo("host 'no-such-host' does not exist"));
        as("viewer").body(Map.of("scope", Map.of("cluster", "no-such-cluster"))).post("/api/v1/feeds").then()
                .statusCode(422);
        as("viewer").body(Map.of("scope", Map.of("role", "no-such-role"))).post("/api/v1/feeds").then()
                .statusCode(422);
        as("viewer").body(Map.of("scope", Map.of("person", "nobody-at-all"))).post("/api/v1/feeds").then()
                .statusCode(422);
        as("viewer").body(Map.of("scope", Map.of("person", "dba"))).post("/api/v1/feeds").then().statusCode(201);
        as("viewer").body(Map.of("scope", Map.of("person", "me"))).post("/api/v1/feeds").then().statusCode(201)
                .body("scope.person", equalTo("viewer"));
        as("viewer").body(Map.of("scope", Map.of("role", "change-manager"))).post("/api/v1/feeds").then()
                .statusCode(201);
    }

    @Test
    void feeds_need_credentials_and_a_reading_role() {
        given().get("/api/v1/feeds").then().statusCode(401).contentType("application/problem+json");
        given().contentType("application/json").body(Map.of("scope", Map.of("all", true))).post("/api/v1/feeds")
                .then().statusCode(401);
        given().delete("/api/v1/feeds/{id}", 1).then().statusCode(401);
        as("ingest").get("/api/v1/feeds").then().statusCode(403);
        as("gate").body(Map.of("scope", Map.of("all", true))).post("/api/v1/feeds").then().statusCode(403);
        as("requester").get("/api/v1/feeds").then().statusCode(200);
    }
}
