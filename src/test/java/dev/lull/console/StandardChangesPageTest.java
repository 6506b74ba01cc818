package dev.lull.console;

import static dev.lull.Api.as;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.not;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.DisplayNameGeneration;
import org.junit.jupiter.api.DisplayNameGenerator;
import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;

import dev.lull.Api;

/**
 * Standard change templates on /admin/standard-changes: change managers write a draft, activate it and retire it
 * after a confirmation, as the API allows; bad input is named next to its field; a stale page says "changed
 * meanwhile"; viewers and requesters read without buttons and their forged posts are refused.
 */
@QuarkusTest
@DisplayNameGeneration(DisplayNameGenerator.ReplaceUnderscores.class)
class StandardChangesPageTest {

    private static String version(String page) {
        return page.replaceAll("(?s).*name=\"version\" value=\"(\\d+)\".*", "$1");
    }

    private static long written(Response created) {
        created.then().statusCode(303).header("Location", containsString("/admin/standard-changes/"));
        return Long.parseLong(created.header("Location").replaceAll(".*/admin/standard-changes/(\\d+)\\?.*", "$1"));
    }

    @Test
    void the_admin_index_links_the_templates_page() {
        PageSession.of("viewer").get("/admin", 200).body(containsString("href=\"/admin/standard-changes\""),
                containsString("Standard change templates"));
    }

    @Test
    void a_change_manager_writes_activates_and_retires_a_template() {
        String host = Api.host("std", null);
        String cluster = Api.cluster("stdc", 0);
        String role = Api.role("stdr", "infra");
        String title = "Patch " + Api.unique("kernel");
        PageSession manager = PageSession.of("manager");
        manager.get("/admin/standard-changes", 200).body(containsString("Write a template"),
                containsString("<label for=\"tp-title\">Title</label>"), containsString("<option value=\"" + cluster
                        + "\" >"));
        long id = written(manager.post("/admin/standard-changes", Map.of("title", title, "description", "monthly",
                "hosts", host, "clusters", List.of(cluster), "maxMinutes", "90",
                "stepTitle", List.of("drain", "", "patch", ""), "stepRole", List.of(role, "", role, ""),
                "stepMinutes", List.of("10", "", "45", ""))));
        as("viewer").get("/api/v1/standard-changes/{id}", id).then().statusCode(200)
                .body("status", equalTo("DRAFT"), "hosts", contains(host), "clusters", contains(cluster),
                        "maxDuration", equalTo("PT1H30M"), "plan.title", contains("drain", "patch"),
                        "plan.duration", contains("PT10M", "PT45M"), "createdBy", equalTo("manager"));
        String page = manager.get("/admin/standard-changes/" + id + "?done=Wrote", 200)
                .body(containsString(title), containsString(">DRAFT</span>"), containsString("90 minutes"),
                        containsString("Activate template " + id), containsString("Retire template " + id + "…"))
                .extract().asString();
        manager.get("/admin/standard-changes?status=DRAFT", 200).body(containsString(id + " · " + title));
        manager.post("/admin/standard-changes/" + id + "/activate", Map.of("version", version(page))).then()
                .statusCode(303).header("Location", containsString("Activated+template+" + id));
        manager.post("/admin/standard-changes/" + id + "/activate", Map.of("version", version(page))).then()
                .statusCode(412).body(containsString("This template was changed meanwhile — reload"),
                        containsString("Reload template " + id));
        manager.get("/admin/standard-changes/" + id, 200).body(containsString(">ACTIVE</span>"),
                containsString("activated by manager"), not(containsString("Activate template")));
        manager.get("/admin/standard-changes?status=DRAFT", 200).body(not(containsString(id + " · " + title)));
        String confirm = manager.get("/admin/standard-changes/" + id + "/retire", 200)
                .body(containsString("Retire template " + id + ": " + title + "?"),
                        containsString("changes already booked under it stay booked"))
                .extract().asString();
        manager.post("/admin/standard-changes/" + id + "/activate", Map.of("version", version(confirm))).then()
                .statusCode(409).body(containsString("only a DRAFT one can be activated"));
        as("viewer").get("/api/v1/standard-changes/{id}", id).then().body("status", equalTo("ACTIVE"));
        manager.post("/admin/standard-changes/" + id + "/retire", Map.of("version", version(confirm))).then()
                .statusCode(303).header("Location", containsString("Retired+template+" + id));
        as("viewer").get("/api/v1/standard-changes/{id}", id).then().body("status", equalTo("RETIRED"),
                "retiredBy", equalTo("manager"));
        manager.post("/admin/standard-changes/" + id + "/retire", Map.of("version", Long.parseLong(version(confirm))
                + 1)).then().statusCode(409).body(containsString("already retired"));
    }

    @Test
    void a_new_draft_from_a_template_is_its_form_pre_filled() {
        String host = Api.host("copy", null);
        String role = Api.role("copyr", "dba");
        int id = as("manager").body(Map.of("title", "Rotate logs", "hosts", List.of(host), "maxDuration", "PT2H",
                "plan", List.of(Map.of("title", "rotate", "role", role, "duration", "PT20M"))))
                .post("/api/v1/standard-changes").then().statusCode(201).extract().path("id");
        PageSession.of("manager").get("/admin/standard-changes?from=" + id, 200).body(
                containsString("id=\"tp-title\" name=\"title\" size=\"60\" value=\"Rotate logs\""),
                containsString("value=\"" + host + "\""), containsString("value=\"120\""),
                containsString("value=\"rotate\""), containsString("<option value=\"" + role + "\" selected>"),
                containsString("value=\"20\""));
    }

    @Test
    void bad_input_is_named_next_to_its_field_keeping_what_was_typed_and_nothing_is_stored() {
        String role = Api.role("badr", "dba");
        PageSession manager = PageSession.of("manager");
        String title = "Bad " + Api.unique("tpl");
        manager.post("/admin/standard-changes", Map.of("title", "", "hosts", "", "maxMinutes", "ninety",
                "stepTitle", List.of("", "step without role"), "stepRole", List.of("", ""),
                "stepMinutes", List.of("", "5"))).then().statusCode(400)
                .body(containsString("Some fields need fixing"),
                        containsString("id=\"tp-max-error\">&quot;ninety&quot; is not a number of minutes"),
                        containsString("value=\"ninety\""), containsString("value=\"step without role\""));
        manager.post("/admin/standard-changes", Map.of("title", "", "hosts", "", "maxMinutes", "30",
                "stepTitle", List.of("", "step without role"), "stepRole", List.of("", ""),
                "stepMinutes", List.of("", "5"))).then().statusCode(400)
                .body(containsString("id=\"tp-title-error\">must not be blank"),
                        containsString("id=\"tp-step-1-error\">Step 2: role: must not be null"),
                        not(containsString("tp-step-0-error")));
        manager.post("/admin/standard-changes", Map.of("title", title, "hosts", "", "maxMinutes", "30",
                "stepTitle", List.of("go"), "stepRole", List.of(role), "stepMinutes", List.of("5"))).then()
                .statusCode(400).body(containsString("id=\"tp-hosts-error\">a template&#39;s scope needs at least one"
                        + " host or cluster"));
        manager.post("/admin/standard-changes", Map.of("title", title, "hosts", "no-such-host-" + title.length(),
                "maxMinutes", "30", "stepTitle", List.of("go"), "stepRole", List.of(role), "stepMinutes",
                List.of("5"))).then().statusCode(422)
                .body(containsString("id=\"tp-hosts-error\">unknown host no-such-host-"),
                        containsString("value=\"" + title + "\""));
        manager.get("/admin/standard-changes?status=INVALID", 400)
                .body(containsString("id=\"f-status-error\">must be one of DRAFT, ACTIVE, RETIRED"));
        List<String> titles = Api.listed("viewer", "/api/v1/standard-changes", "title");
        org.assertj.core.api.Assertions.assertThat(titles).doesNotContain(title);
    }

    @Test
    void viewers_and_requesters_read_templates_without_buttons_and_forged_posts_are_refused() {
        String host = Api.host("stdro", null);
        String role = Api.role("stdror", "dba");
        int id = as("manager").body(Map.of("title", "Read only", "hosts", List.of(host), "maxDuration", "PT1H",
                "plan", List.of(Map.of("title", "look", "role", role)))).post("/api/v1/standard-changes").then()
                .statusCode(201).extract().path("id");
        for (String user : List.of("viewer", "requester")) {
            PageSession person = PageSession.of(user);
            person.get("/admin/standard-changes", 200).body(containsString(id + " · Read only"),
                    not(containsString("Write a template")), containsString("Only change managers"));
            person.get("/admin/standard-changes/" + id, 200).body(containsString("Template " + id + ": Read only"),
                    not(containsString("Activate template")), not(containsString("Retire template")));
            person.get("/admin/standard-changes/" + id + "/retire", 403);
            person.post("/admin/standard-changes/" + id + "/activate", Map.of("version", 0)).then().statusCode(403)
                    .contentType("text/html");
            person.post("/admin/standard-changes/" + id + "/retire", Map.of("version", 0)).then().statusCode(403);
            person.post("/admin/standard-changes", Map.of("title", "forged", "hosts", host, "maxMinutes", "30",
                    "stepTitle", List.of("go"), "stepRole", List.of(role))).then().statusCode(403);
        }
        as("viewer").get("/api/v1/standard-changes/{id}", id).then().body("status", equalTo("DRAFT"));
    }
}
