package dev.lull.console;

import static dev.lull.Api.as;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.not;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.DisplayNameGeneration;
import org.junit.jupiter.api.DisplayNameGenerator;
import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;

import dev.lull.Api;

/**
 * A host's owning team and approval policy on /admin/hosts/{name}: change managers (and admins) set, change and remove
 * them with the API's messages next to the fields; a stale page says "changed meanwhile"; others may not.
 */
@QuarkusTest
@DisplayNameGeneration(DisplayNameGenerator.ReplaceUnderscores.class)
class HostOwnershipPagesTest {

    private static String hidden(String page, String field) {
        return page.replaceAll("(?s).*name=\"" + field + "\" value=\"(\\d*)\".*", "$1");
    }

    @Test
    void a_change_manager_sets_changes_and_removes_a_hosts_owning_team() {
        String host = Api.host("team", null);
        String role = Api.role("hown", "dba");
        PageSession manager = PageSession.of("manager");
        manager.get("/admin/hosts?name=" + host, 200)
                .body(containsString("Owning team and policy<span class=\"sr\"> of "
                        + host), not(containsString("/admin/hosts/" + host + "/delete")));
        String page = manager.get("/admin/hosts/" + host, 200).body(containsString("Host " + host),
                containsString("No owning team"), containsString("Set the owning team"),
                containsString("<option value=\"" + role + "\" >"), not(containsString("Save host")),
                containsString("<dt>Time zone</dt><dd>Europe/Paris</dd>")).extract().asString();
        manager.post("/admin/hosts/" + host + "/owner", Map.of("teamVersion", hidden(page, "teamVersion"),
                "role", role, "people", "infra, dba")).then().statusCode(303)
                .header("Location", containsString("/admin/hosts/" + host + "?done=Set+the+owning+team"));
        as("viewer").get("/api/v1/hosts/{name}/owner", host).then().statusCode(200)
                .body("role", equalTo(role), "people", contains("dba", "infra"), "updatedBy", equalTo("manager"));
        page = manager.get("/admin/hosts/" + host + "?done=Set", 200)
                .body(containsString("<p class=\"notice\" role=\"status\">Set.</p>"),
                        containsString("approval role <strong>" + role),
                        containsString("value=\"dba, infra\""), containsString("<option value=\"" + role
                                + "\" selected>"))
                .extract().asString();
        manager.post("/admin/hosts/" + host + "/owner", Map.of("teamVersion", hidden(page, "teamVersion"),
                "role", "", "people", "dba")).then().statusCode(303);
        manager.post("/admin/hosts/" + host + "/owner/remove", Map.of("teamVersion", hidden(page, "teamVersion")))
                .then().statusCode(412).body(containsString("This owning team was changed meanwhile — reload"),
                        containsString("Reload host " + host));
        page = manager.get("/admin/hosts/" + host, 200).extract().asString();
        manager.post("/admin/hosts/" + host + "/owner/remove", Map.of("teamVersion", hidden(page, "teamVersion")))
                .then().statusCode(303);
        as("viewer").get("/api/v1/hosts/{name}/owner", host).then().statusCode(404);
    }

    @Test
    void bad_team_input_is_named_next_to_its_field_and_nothing_is_stored() {
        String host = Api.host("tbad", null);
        PageSession manager = PageSession.of("manager");
        manager.post("/admin/hosts/" + host + "/owner", Map.of("teamVersion", "", "role", "", "people", ""))
                .then().statusCode(400).body(containsString("id=\"t-role-error\">name an approval role, people, or "
                        + "both</p>"), containsString("aria-invalid=\"true\""));
        manager.post("/admin/hosts/" + host + "/owner", Map.of("teamVersion", "", "people", "no spaces")).then()
                .statusCode(400).body(containsString("id=\"t-people-error\">must be 1-100 characters of letters"),
                        containsString("value=\"no spaces\""));
        manager.post("/admin/hosts/" + host + "/owner", Map.of("teamVersion", "", "role", "no-such-role"))
                .then().statusCode(422).body(containsString("unknown approval role: no-such-role"));
        as("viewer").get("/api/v1/hosts/{name}/owner", host).then().statusCode(404);
    }

    @Test
    void a_change_manager_writes_changes_and_removes_a_hosts_approval_policy() {
        String host = Api.host("pol", null);
        String dba = Api.role("pdba", "dba");
        String net = Api.role("pnet", "infra");
        PageSession manager = PageSession.of("manager");
        String page = manager.get("/admin/hosts/" + host, 200).body(containsString("No approval policy of its own"),
                containsString("Write the approval policy"), containsString("New rule for NORMAL changes"),
                containsString("value=\"0:" + dba + "\" >")).extract().asString();
        manager.post("/admin/hosts/" + host + "/approval-policy", Map.of("policyVersion",
                hidden(page, "policyVersion"), "rows", "1", "risk", List.of("0:HIGH", "0:MEDIUM"), "role",
                List.of("0:" + dba, "0:" + net))).then().statusCode(303)
                .header("Location", containsString("/admin/hosts/" + host + "?done=Saved+the+approval+policy"));
        as("viewer").get("/api/v1/hosts/{name}/approval-policy", host).then().statusCode(200)
                .body("rules[0].type", equalTo("NORMAL"), "rules[0].risks", contains("MEDIUM", "HIGH"),
                        "rules[0].roles", contains(dba, net), "updatedBy", equalTo("manager"));
        page = manager.get("/admin/hosts/" + host, 200).body(containsString("<td>MEDIUM, HIGH</td><td>" + dba + ", "
                + net + "</td>"), containsString("value=\"0:HIGH\" checked"), containsString(
                        "value=\"0:" + dba
                                + "\" checked"),
                containsString("Rule 1 for NORMAL"), containsString("New rule for NORMAL"))
                .extract().asString();
        manager.post("/admin/hosts/" + host + "/approval-policy", Map.of("policyVersion",
                hidden(page, "policyVersion"), "rows", "2", "role", List.of("0:" + dba, "1:" + net))).then()
                .statusCode(303);
        as("viewer").get("/api/v1/hosts/{name}/approval-policy", host).then()
                .body("rules.size()", equalTo(2), "rules[0].risks", empty(), "rules[1].roles", contains(net));
        manager.post("/admin/hosts/" + host + "/approval-policy", Map.of("policyVersion",
                hidden(page, "policyVersion"), "rows", "1", "role", List.of("0:" + dba))).then().statusCode(412)
                .body(containsString("This approval policy was changed meanwhile — reload"),
                        containsString("Reload host " + host));
        as("viewer").get("/api/v1/hosts/{name}/approval-policy", host).then().body("rules.size()", equalTo(2));
        page = manager.get("/admin/hosts/" + host, 200).body(containsString("<td>any</td>")).extract().asString();
        manager.post("/admin/hosts/" + host + "/approval-policy/remove", Map.of("policyVersion",
                hidden(page, "policyVersion"))).then().statusCode(303);
        as("viewer").get("/api/v1/hosts/{name}/approval-policy", host).then().statusCode(404);
    }

    @Test
    void bad_policy_input_is_named_next_to_its_rule_and_nothing_is_stored() {
        String host = Api.host("pbad", null);
        String dba = Api.role("pbdba", "dba");
        PageSession manager = PageSession.of("manager");
        manager.post("/admin/hosts/" + host + "/approval-policy", Map.of("policyVersion", "", "rows", "2",
                "risk", List.of("1:HIGH"))).then().statusCode(400)
                .body(containsString("Some fields need fixing"),
                        containsString("id=\"p1-error\">roles: must not be empty</p>"),
                        containsString("value=\"1:HIGH\" checked"), not(containsString("id=\"p0-error\"")));
        manager.post("/admin/hosts/" + host + "/approval-policy", Map.of("policyVersion", "", "rows", "1",
                "role", List.of("0:no-such-role"))).then().statusCode(422)
                .body(containsString("unknown approval role(s): no-such-role"));
        manager.post("/admin/hosts/" + host + "/approval-policy", Map.of("policyVersion", "", "rows", "1",
                "risk", List.of("0:HUGE"), "role", List.of("0:" + dba))).then().statusCode(400)
                .body(containsString("id=\"p0-error\">risks: &quot;HUGE&quot; is not one of LOW, MEDIUM, HIGH"));
        manager.post("/admin/hosts/" + host + "/approval-policy", Map.of("policyVersion", "", "rows", "1",
                "role", List.of("7:" + dba))).then().statusCode(400)
                .body(containsString("name no rule of the form: 7:"));
        as("viewer").get("/api/v1/hosts/{name}/approval-policy", host).then().statusCode(404);
    }

    @Test
    void an_admin_sees_settings_team_and_policy_together() {
        String host = Api.host("adm", null);
        PageSession.of("admin").get("/admin/hosts/" + host, 200).body(containsString("Edit host " + host),
                containsString("Save host " + host), containsString("Set the owning team"),
                containsString("Write the approval policy"), containsString("Delete host " + host));
    }

    @Test
    void viewers_and_requesters_read_no_forms_and_their_forged_posts_are_refused() {
        String host = Api.host("pro", null);
        String role = Api.role("prole", "dba");
        for (String user : List.of("viewer", "requester")) {
            PageSession person = PageSession.of(user);
            person.get("/admin/hosts?name=" + host, 200).body(containsString(">" + host + "</a>"),
                    not(containsString("Owning team and policy")), not(containsString("/admin/hosts/" + host
                            + "\"")));
            person.get("/admin/hosts/" + host, 403).body(containsString("Your roles do not allow"));
            person.post("/admin/hosts/" + host + "/owner", Map.of("teamVersion", "", "role", role)).then()
                    .statusCode(403).contentType("text/html");
            person.post("/admin/hosts/" + host + "/approval-policy", Map.of("policyVersion", "", "rows", "1",
                    "role", List.of("0:" + role))).then().statusCode(403);
        }
        as("viewer").get("/api/v1/hosts/{name}/owner", host).then().statusCode(404);
        as("viewer").get("/api/v1/hosts/{name}/approval-policy", host).then().statusCode(404);
    }
}
