package dev.lull.change;

import static dev.lull.Api.as;
import static dev.lull.Api.clockAt;
import static dev.lull.change.ChangeFixtures.T0;
import static dev.lull.change.ChangeFixtures.change;
import static dev.lull.change.ChangeFixtures.cluster;
import static dev.lull.change.ChangeFixtures.create;
import static dev.lull.change.ChangeFixtures.days;
import static dev.lull.change.ChangeFixtures.etag;
import static dev.lull.change.ChangeFixtures.host;
import static dev.lull.change.ChangeFixtures.post;
import static dev.lull.change.ChangeFixtures.role;
import static dev.lull.change.ChangeFixtures.simple;
import static dev.lull.change.ChangeFixtures.step;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;

import java.sql.Connection;
import java.sql.SQLException;
import java.time.Duration;
import java.util.List;
import java.util.Map;

import javax.sql.DataSource;

import jakarta.inject.Inject;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayNameGeneration;
import org.junit.jupiter.api.DisplayNameGenerator;
import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;

@QuarkusTest
@DisplayNameGeneration(DisplayNameGenerator.ReplaceUnderscores.class)
class ChangeRequestsTest {
    @Inject
    DataSource dataSource;

    @BeforeEach
    void now() {
        clockAt(T0);
    }

    @Test
    void a_requester_creates_a_change_in_new_with_its_plan_and_etag() {
        String team = role("dba");
        var body = simple("NORMAL", team);
        as("requester").body(body).post("/api/v1/changes").then().statusCode(201)
                .header("Location", containsString("/api/v1/changes/")).header("ETag", endsWith("\""))
                .body("status", equalTo("NEW"), "requester", equalTo("requester"), "plan[0].number", equalTo(1),
                        "plan[0].duration", equalTo("PT1H"), "plan[0].role", equalTo(team), "risk", equalTo("LOW"));
    }

    @Test
    void put_edits_a_new_change_only() {
        var body = simple("EMERGENCY", role("infra"));
        int id = create(body);
        body.put("title", "Patch the kernel");
        as("requester").header("If-Match", etag(id)).body(body).put("/api/v1/changes/{id}", id)
                .then().statusCode(200).body("title", equalTo("Patch the kernel"));
        as("dba").header("If-Match", "*").body(body).put("/api/v1/changes/{id}", id).then().statusCode(403);
        as("requester").body(body).put("/api/v1/changes/{id}", id).then().statusCode(428)
                .contentType("application/problem+json").body("detail", containsString("If-Match"));
        post("requester", id, "submit", null, 200);
        as("requester").header("If-Match", "*").body(body).put("/api/v1/changes/{id}", id).then().statusCode(409)
                .body("changeStatus", equalTo("AUTHORIZE"));
    }

    @Test
    void bad_bodies_are_400_with_each_field_named() {
        as("requester").body(Map.of("type", "SOMETIMES")).post("/api/v1/changes").then().statusCode(400)
                .body("errors[0].field", equalTo("type"));
        as("requester").body(Map.of("title", "")).post("/api/v1/changes").then().statusCode(400)
                .body("errors.field", contains("hosts", "plan", "title", "type", "window"));
        var backwards = change("NORMAL", List.of(host(null)), days(3), days(2), List.of(step("x", role(), "PT1H")));
        as("requester").body(backwards).post("/api/v1/changes").then().statusCode(400)
                .body("errors[0].field", equalTo("window.end"));
        var negative = change("NORMAL", List.of(host(null)), days(3), days(4), List.of(step("x", role(), "-PT1H")));
        as("requester").body(negative).post("/api/v1/changes").then().statusCode(400)
                .body("errors[0].field", equalTo("plan[0].duration"));
        var override = simple("NORMAL", role());
        override.put("blackoutOverride", "because");
        as("requester").body(override).post("/api/v1/changes").then().statusCode(400)
                .body("errors[0].field", equalTo("blackoutOverride"));
        as("requester").body(Map.of("role", "x", "decision", "MAYBE")).post("/api/v1/changes/{id}/approvals", 1)
                .then().statusCode(400);
    }

    @Test
    void unknown_hosts_and_roles_are_422_and_unknown_changes_404() {
        var unknownHost = change("NORMAL", List.of("no-such-host"), days(3), days(4),
                List.of(step("x", role(), "PT1H")));
        as("requester").body(unknownHost).post("/api/v1/changes").then().statusCode(422)
                .body("detail", containsString("no-such-host"));
        var unknownRole = simple("NORMAL", "no-such-role");
        as("requester").body(unknownRole).post("/api/v1/changes").then().statusCode(422)
                .body("detail", containsString("no-such-role"));
        as("viewer").get("/api/v1/changes/{id}", 987654321).then().statusCode(404)
                .contentType("application/problem+json");
        as("viewer").get("/api/v1/changes/{id}/history", 987654321).then().statusCode(404);
        as("requester").post("/api/v1/changes/{id}/submit", 987654321).then().statusCode(404);
        as("viewer").get("/api/v1/changes/not-a-number").then().statusCode(400);
    }

    @Test
    void changes_are_listed_by_status_host_cluster_and_window() {
        String cluster = cluster(0);
        String member = host(cluster);
        String team = role("infra");
        int id = create(change("STANDARD", List.of(member), days(9), days(9).plus(Duration.ofHours(2)),
                List.of(step("x", team, "PT1H"))));
        post("requester", id, "submit", null, 200);
        as("viewer").queryParam("host", member).get("/api/v1/changes").then().statusCode(200)
                .body("items.id", contains(id), "total", equalTo(1));
        as("viewer").queryParam("cluster", cluster).queryParam("status", "SCHEDULED").get("/api/v1/changes")
                .then().body("items.id", contains(id), "items[0].hosts", contains(member));
        as("viewer").queryParam("cluster", cluster).queryParam("status", "NEW").get("/api/v1/changes")
                .then().body("total", equalTo(0));
        as("viewer").queryParam("from", days(9).plus(Duration.ofHours(1)).toString())
                .queryParam("to", days(10).toString()).queryParam("size", 500).get("/api/v1/changes")
                .then().body("items.id", hasItem(id));
        as("viewer").queryParam("from", days(10).toString()).queryParam("host", member).get("/api/v1/changes")
                .then().body("total", equalTo(0));
        as("viewer").queryParam("size", 501).get("/api/v1/changes").then().statusCode(400);
        as("viewer").queryParam("status", "LATE").get("/api/v1/changes").then().statusCode(400);
        as("viewer").queryParam("from", "yesterday").get("/api/v1/changes").then().statusCode(400)
                .body("errors[0].field", equalTo("from"));
    }

    @Test
    void the_history_is_listed_in_pages() {
        int id = create(simple("EMERGENCY", role("infra")));
        post("requester", id, "submit", null, 200);
        as("viewer").queryParam("page", 1).queryParam("size", 1).get("/api/v1/changes/{id}/history", id).then()
                .statusCode(200).body("items.action", contains("SUBMIT"), "page", equalTo(1), "size", equalTo(1),
                        "total", equalTo(2));
        as("viewer").queryParam("size", 501).get("/api/v1/changes/{id}/history", id).then().statusCode(400)
                .body("errors[0].field", equalTo("size"));
    }

    @Test
    void the_history_cannot_be_changed_even_from_sql() throws SQLException {
        int id = create(simple("STANDARD", role("infra")));
        as("viewer").get("/api/v1/changes/{id}/history", id).then().statusCode(200)
                .body("items.action", contains("EDIT"), "items.comment", contains("created"));
        try (Connection connection = dataSource.getConnection()) {
            assertThatThrownBy(() -> connection.createStatement()
                    .executeUpdate("update change_history set actor = 'mallory' where change_id = " + id))
                    .hasMessageContaining("append-only");
            assertThatThrownBy(() -> connection.createStatement()
                    .executeUpdate("delete from change_history where change_id = " + id))
                    .hasMessageContaining("append-only");
        }
        assertThat(as("viewer").get("/api/v1/changes/{id}/history", id).then().extract().<String>path("items[0].actor"))
                .isEqualTo("requester");
    }

    @Test
    void the_location_of_a_new_change_reads_it_back() {
        String location = as("requester").body(simple("NORMAL", role("dba"))).post("/api/v1/changes").then()
                .statusCode(201).extract().header("Location");
        as("viewer").get(location).then().statusCode(200).header("ETag", endsWith("\""));
    }
}
