package dev.lull.change;

import static dev.lull.Api.as;
import static dev.lull.Api.clockAt;
import static dev.lull.change.ChangeFixtures.T0;
import static dev.lull.change.ChangeFixtures.change;
import static dev.lull.change.ChangeFixtures.cluster;
import static dev.lull.change.ChangeFixtures.days;
import static dev.lull.change.ChangeFixtures.host;
import static dev.lull.change.ChangeFixtures.post;
import static dev.lull.change.ChangeFixtures.role;
import static dev.lull.change.ChangeFixtures.step;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.greaterThan;
import static org.hamcrest.Matchers.hasSize;

import java.time.Duration;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayNameGeneration;
import org.junit.jupiter.api.DisplayNameGenerator;
import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;

import dev.lull.Api;

@QuarkusTest
@DisplayNameGeneration(DisplayNameGenerator.ReplaceUnderscores.class)
class StandardChangesTest {
    private String team;
    private String mbox;
    private String member;
    private String named;

    @BeforeEach
    void setUp() {
        clockAt(T0);
        team = role("infra");
        mbox = cluster(0);
        member = host(mbox);
        named = host(null);
    }

    private List<Map<String, Object>> plan() {
        return List.of(step("reboot", team, "PT30M"));
    }

    private int template() {
        return as("manager").body(Map.of("title", "Monthly reboot", "hosts", List.of(named), "clusters",
                List.of(mbox), "maxDuration", "PT2H", "plan", plan())).post("/api/v1/standard-changes").then()
                .statusCode(201).body("status", equalTo("DRAFT"), "createdBy", equalTo("manager")).extract()
                .path("id");
    }

    private int active() {
        int id = template();
        as("manager").post("/api/v1/standard-changes/{id}/activate", id).then().statusCode(200);
        return id;
    }

    private Map<String, Object> standard(Integer template, String host, Duration length) {
        var body = change("STANDARD", List.of(host), days(3), days(3).plus(length), plan());
        if (template != null) {
            body.put("template", template);
        }
        return body;
    }

    @Test
    void templates_are_listed_in_pages() {
        template();
        template();
        as("viewer").queryParam("status", "DRAFT").queryParam("page", 1).queryParam("size", 1)
                .get("/api/v1/standard-changes").then().statusCode(200).body("items", hasSize(1),
                        "items[0].status", equalTo("DRAFT"), "page", equalTo(1), "size", equalTo(1),
                        "total", greaterThan(1));
        as("viewer").queryParam("size", 0).get("/api/v1/standard-changes").then().statusCode(400)
                .body("errors[0].field", equalTo("size"));
    }

    @Test
    void a_standard_change_without_a_template_is_refused_so_the_type_alone_no_longer_skips_approval() {
        as("requester").body(standard(null, named, Duration.ofHours(1))).post("/api/v1/changes").then()
                .statusCode(409).contentType("application/problem+json")
                .body("breaches.kind", contains("TEMPLATE_REQUIRED"));
    }

    @Test
    void only_an_active_template_opens_the_gate_and_a_change_inside_it_is_scheduled_on_submit() {
        int draft = template();
        as("requester").body(standard(draft, named, Duration.ofHours(1))).post("/api/v1/changes").then()
                .statusCode(409).body("breaches.kind", contains("TEMPLATE_NOT_ACTIVE"));
        as("requester").post("/api/v1/standard-changes/{id}/activate", draft).then().statusCode(403);
        as("manager2").post("/api/v1/standard-changes/{id}/activate", draft).then().statusCode(200)
                .body("status", equalTo("ACTIVE"), "activatedBy", equalTo("manager2"));
        int id = as("requester").body(standard(draft, member, Duration.ofHours(2))).post("/api/v1/changes").then()
                .statusCode(201).body("template", equalTo(draft)).extract().path("id");
        as("requester").post("/api/v1/changes/{id}/submit", id).then().statusCode(200)
                .body("status", equalTo("SCHEDULED"));
        assertThat(Api.<Integer>listed("viewer", "/api/v1/standard-changes?status=ACTIVE", "id")).contains(draft);
    }

    @Test
    void leaving_the_templates_hosts_duration_or_plan_is_a_409_naming_each_breach() {
        int template = active();
        String outsider = host(null);
        var body = standard(template, outsider, Duration.ofHours(3));
        body.put("plan", List.of(step("reboot", team, "PT45M")));
        as("requester").body(body).post("/api/v1/changes").then().statusCode(409)
                .body("breaches.kind", contains("HOST_OUT_OF_SCOPE", "DURATION_EXCEEDED", "PLAN_DIFFERS"),
                        "detail", containsString("host " + outsider + " is outside template " + template));
    }

    @Test
    void a_retired_template_stops_submitting_and_rescheduling_its_changes() {
        int template = active();
        int waiting = as("requester").body(standard(template, named, Duration.ofHours(1))).post("/api/v1/changes")
                .then().statusCode(201).extract().path("id");
        int scheduled = as("requester").body(standard(template, member, Duration.ofHours(1)))
                .post("/api/v1/changes").then().statusCode(201).extract().path("id");
        post("requester", scheduled, "submit", null, 200);
        as("manager").post("/api/v1/standard-changes/{id}/retire", template).then().statusCode(200)
                .body("status", equalTo("RETIRED"));
        post("requester", waiting, "submit", null, 409);
        as("requester").header("If-Match", "*")
                .body(Map.of("start", days(4).toString(), "end", days(4).plus(Duration.ofHours(1)).toString()))
                .put("/api/v1/changes/{id}/window", scheduled).then().statusCode(409)
                .body("breaches.kind", contains("TEMPLATE_NOT_ACTIVE"));
    }

    @Test
    void only_a_standard_change_names_a_template_and_only_change_managers_write_them() {
        int template = active();
        var normal = change("NORMAL", List.of(named), days(3), days(3).plus(Duration.ofHours(1)), plan());
        normal.put("template", template);
        as("requester").body(normal).post("/api/v1/changes").then().statusCode(400)
                .body("errors[0].field", equalTo("template"));
        as("requester").body(Map.of("title", "x", "hosts", List.of(named), "maxDuration", "PT1H", "plan", plan()))
                .post("/api/v1/standard-changes").then().statusCode(403);
        as("manager").body(Map.of("title", "x", "maxDuration", "PT1H", "plan", plan()))
                .post("/api/v1/standard-changes").then().statusCode(400).body("errors[0].field", equalTo("hosts"));
        as("viewer").get("/api/v1/standard-changes/{id}", template).then().statusCode(200)
                .body("plan[0].role", equalTo(team), "maxDuration", equalTo("PT2H"));
    }
}
