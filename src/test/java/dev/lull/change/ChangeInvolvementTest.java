package dev.lull.change;

import static dev.lull.Api.as;
import static dev.lull.change.ChangeFixtures.approve;
import static dev.lull.change.ChangeFixtures.authorize;
import static dev.lull.change.ChangeFixtures.change;
import static dev.lull.change.ChangeFixtures.create;
import static dev.lull.change.ChangeFixtures.days;
import static dev.lull.change.ChangeFixtures.host;
import static dev.lull.change.ChangeFixtures.post;
import static dev.lull.change.ChangeFixtures.role;
import static dev.lull.change.ChangeFixtures.step;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.empty;

import java.time.Duration;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.DisplayNameGeneration;
import org.junit.jupiter.api.DisplayNameGenerator;
import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;

/** {@code GET /api/v1/changes?person=}: the changes a person requested, owns a role of, or decided on. */
@QuarkusTest
@DisplayNameGeneration(DisplayNameGenerator.ReplaceUnderscores.class)
class ChangeInvolvementTest {

    @Test
    void a_person_is_involved_as_requester_as_owner_of_an_asked_or_step_role_and_as_the_one_who_decided() {
        String member = host(null);
        String ops = role("ops");
        String dbas = role("dba");
        String infra = role("infra");
        int stepOnly = create(change("NORMAL", List.of(member), days(3), days(3).plus(Duration.ofHours(2)),
                List.of(step("patch", ops, "PT1H"))));
        Map<String, Object> body = change("NORMAL", List.of(member), days(5), days(5).plus(Duration.ofHours(2)),
                List.of(step("back up", dbas, "PT1H")));
        body.put("requiredRoles", List.of(infra));
        int decided = create(body);
        post("requester", decided, "submit", null, 200);
        approve("infra", decided, infra);
        authorize(decided);
        assertInvolved(member, "requester", stepOnly, decided);
        assertInvolved(member, "ops", stepOnly);
        assertInvolved(member, "dba", decided);
        assertInvolved(member, "infra", decided);
        assertInvolved(member, "manager", decided);
        assertInvolved(member, "viewer");
    }

    @Test
    void the_person_filter_combines_with_the_others_and_every_viewer_may_use_it() {
        String member = host(null);
        String ops = role("ops");
        int id = create(change("NORMAL", List.of(member), days(4), days(4).plus(Duration.ofHours(2)),
                List.of(step("patch", ops, "PT1H"))));
        as("viewer").queryParam("host", member).queryParam("person", "ops").queryParam("status", "NEW")
                .get("/api/v1/changes").then().statusCode(200)
                .body("items.id", contains(id), "total", org.hamcrest.Matchers.equalTo(1));
        as("viewer").queryParam("host", member).queryParam("person", "ops").queryParam("status", "ASSESS")
                .get("/api/v1/changes").then().statusCode(200).body("items", empty());
        as("gate").queryParam("person", "ops").get("/api/v1/changes").then().statusCode(403);
        given().queryParam("person", "ops").get("/api/v1/changes").then().statusCode(401);
    }

    @Test
    void a_person_that_is_not_a_username_is_refused_naming_the_parameter() {
        as("viewer").queryParam("person", "not a name").get("/api/v1/changes").then().statusCode(400)
                .contentType("application/problem+json").body("errors[0].field", containsString("person"));
        as("viewer").queryParam("person", "ops").queryParam("person", "dba").get("/api/v1/changes").then()
                .statusCode(400).body("errors[0].field", containsString("person"));
    }

    private static void assertInvolved(String host, String person, Integer... ids) {
        as("viewer").queryParam("host", host).queryParam("person", person).get("/api/v1/changes").then()
                .statusCode(200).body("items.id", ids.length == 0 ? empty() : contains(ids));
    }
}
