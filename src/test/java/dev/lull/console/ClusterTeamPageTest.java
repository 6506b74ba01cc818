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

import dev.lull.Api;

/** A cluster's owning team on /admin/clusters/{name}: change managers set, change and remove it; others read it. */
@QuarkusTest
@DisplayNameGeneration(DisplayNameGenerator.ReplaceUnderscores.class)
class ClusterTeamPageTest {

    static String teamVersion(String page) {
        return page.replaceAll("(?s).*name=\"teamVersion\" value=\"(\\d*)\".*", "$1");
    }

    @Test
    void a_change_manager_sets_changes_and_removes_the_owning_team() {
        String cluster = Api.cluster("team", 0);
        String role = Api.role("own", "dba");
        PageSession manager = PageSession.of("manager");
        manager.get("/admin/clusters?nameContains=" + cluster, 200).body(containsString("1–1 of 1"),
                containsString("Owning team<span class=\"sr\"> of " + cluster),
                not(containsString("/admin/clusters/" + cluster + "/delete")));
        String page = manager.get("/admin/clusters/" + cluster, 200)
                .body(containsString("No owning team"), containsString("Set the owning team"),
                        containsString("<option value=\"" + role + "\" >"), not(containsString("Save cluster")))
                .extract().asString();
        manager.post("/admin/clusters/" + cluster + "/owner", Map.of("teamVersion", teamVersion(page), "role", role,
                "people", "infra, dba")).then().statusCode(303)
                .header("Location", containsString("/admin/clusters/" + cluster + "?done=Set+the+owning+team"));
        as("viewer").get("/api/v1/clusters/{name}/owner", cluster).then().statusCode(200)
                .body("role", equalTo(role), "people", contains("dba", "infra"), "updatedBy", equalTo("manager"));
        page = manager.get("/admin/clusters/" + cluster, 200)
                .body(containsString("approval role <strong>" + role), containsString("value=\"dba, infra\""),
                        containsString("<option value=\"" + role + "\" selected>"))
                .extract().asString();
        manager.post("/admin/clusters/" + cluster + "/owner", Map.of("teamVersion", teamVersion(page), "role", "",
                "people", "dba")).then().statusCode(303);
        manager.post("/admin/clusters/" + cluster + "/owner/remove", Map.of("teamVersion", teamVersion(page)))
                .then().statusCode(412).body(containsString("This owning team was changed meanwhile"));
        page = manager.get("/admin/clusters/" + cluster, 200).extract().asString();
        manager.post("/admin/clusters/" + cluster + "/owner/remove", Map.of("teamVersion", teamVersion(page)))
                .then().statusCode(303);
        as("viewer").get("/api/v1/clusters/{name}/owner", cluster).then().statusCode(404);
    }

    @Test
    void bad_input_is_named_next_to_its_field_and_nothing_is_stored() {
        String cluster = Api.cluster("bad", 0);
        PageSession manager = PageSession.of("manager");
        manager.post("/admin/clusters/" + cluster + "/owner", Map.of("teamVersion", "", "role", "", "people", ""))
                .then().statusCode(400)
                .body(containsString(
                        "<p class=\"field-error\" id=\"t-role-error\">name an approval role, people, or both</p>"));
        manager.post("/admin/clusters/" + cluster + "/owner", Map.of("teamVersion", "", "role", "",
                "people", "no spaces")).then().statusCode(400)
                .body(containsString(
                        "<p class=\"field-error\" id=\"t-people-error\">must be 1-100 characters of letters"),
                        containsString("value=\"no spaces\""));
        manager.post("/admin/clusters/" + cluster + "/owner", Map.of("teamVersion", "", "role", "no-such-role"))
                .then().statusCode(422).body(containsString("unknown approval role: no-such-role"));
        as("viewer").get("/api/v1/clusters/{name}/owner", cluster).then().statusCode(404);
    }

    @Test
    void a_team_set_meanwhile_is_not_overwritten_and_others_may_not_set_one() {
        String cluster = Api.cluster("race", 0);
        String role = Api.role("first", "dba");
        PageSession manager = PageSession.of("manager");
        String page = manager.get("/admin/clusters/" + cluster, 200).extract().asString();
        as("manager").body(Map.of("role", role)).put("/api/v1/clusters/{name}/owner", cluster).then().statusCode(201);
        manager.post("/admin/clusters/" + cluster + "/owner", Map.of("teamVersion", teamVersion(page),
                "people", "dba")).then().statusCode(412).body(containsString("This owning team was changed meanwhile"));
        for (String user : List.of("viewer", "requester")) {
            PageSession person = PageSession.of(user);
            person.get("/admin/clusters?nameContains=" + cluster, 200).body(containsString(">" + cluster + "</a>"),
                    not(containsString("Owning team<span")));
            person.get("/admin/clusters/" + cluster, 403);
            person.post("/admin/clusters/" + cluster + "/owner", Map.of("teamVersion", "0", "people", user)).then()
                    .statusCode(403);
        }
        as("viewer").get("/api/v1/clusters/{name}/owner", cluster).then().body("role", equalTo(role));
    }
}
