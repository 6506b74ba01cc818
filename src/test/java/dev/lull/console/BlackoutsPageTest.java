package dev.lull.console;

import static dev.lull.Api.as;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;

import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.DisplayNameGeneration;
import org.junit.jupiter.api.DisplayNameGenerator;
import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;

import dev.lull.Api;

/** /admin/blackouts over HTTP: add, edit and delete as a change manager, refusals next to their fields. */
@QuarkusTest
@DisplayNameGeneration(DisplayNameGenerator.ReplaceUnderscores.class)
class BlackoutsPageTest {
    static final Instant START = Api.plusDays(Api.now(), 2).truncatedTo(ChronoUnit.HOURS);

    /** The form's fields for a blackout of a cluster of its own, so that no other test's hosts are frozen. */
    static Map<String, Object> form(String name, String repeat, String reason) {
        return Map.of("name", name, "timeZone", "UTC", "start", Forms.local(START, ZoneOffset.UTC), "end",
                Forms.local(START.plus(Duration.ofHours(3)), ZoneOffset.UTC), "repeat", repeat, "reason", reason,
                "cluster", Api.cluster("boc", 0));
    }

    /** A one-off blackout made through the API; answers its id. */
    static int blackout(String name) {
        return as("manager").body(Map.of("name", name, "start", START.toString(), "end",
                START.plus(Duration.ofHours(1)).toString(), "timeZone", "UTC", "reason", "tests", "clusters",
                List.of(Api.cluster("boc", 0))))
                .post("/api/v1/blackouts").then().statusCode(201).extract().path("id");
    }

    @Test
    void a_change_manager_adds_a_weekly_blackout_for_hosts_and_sees_its_coming_occurrences() {
        String host = Api.host("bo", Api.cluster("boc", 0));
        String name = Api.unique("weekly freeze");
        ConsoleSession manager = ConsoleSession.of("manager");
        Map<String, Object> fields = new java.util.HashMap<>(form(name, "WEEKLY", "backups run long"));
        fields.put("hosts", List.of(host));
        String added = manager.post("/admin/blackouts/new", fields).then().statusCode(303)
                .header("Location", containsString("/admin/blackouts?done=")).extract().header("Location");
        String page = manager.get("/admin/blackouts?blackout=" + added.replaceAll(".*[?&]blackout=(\\d+).*", "$1"))
                .then().statusCode(200).contentType(ContentType.HTML)
                .body(containsString("FREQ=WEEKLY"), containsString("host " + host),
                        containsString("Coming occurrences of " + name))
                .extract().asString();
        assertThat(page.split(">" + name + "<", -1)).as("the list row and five weekly occurrences in 35 days")
                .hasSizeGreaterThanOrEqualTo(6);
        List<String> hosts = Api.listed("viewer", "/api/v1/blackouts", "hosts");
        assertThat(hosts).isNotEmpty();
    }

    @Test
    void bad_input_comes_back_next_to_its_field_with_everything_typed() {
        ConsoleSession manager = ConsoleSession.of("manager");
        manager.post("/admin/blackouts/new", form("no reason", "ONCE", "")).then().statusCode(400)
                .body(containsString("Some fields need fixing"))
                .body(containsString("<input id=\"b-reason\" name=\"reason\" size=\"40\" value=\"\">\n"
                        + "    <p class=\"field-error\">must not be blank</p>"))
                .body(containsString("value=\"no reason\""));
        Map<String, Object> custom = new java.util.HashMap<>(form("too often", "CUSTOM", "r"));
        custom.put("rrule", "FREQ=MINUTELY");
        manager.post("/admin/blackouts/new", custom).then().statusCode(400)
                .body(containsString("<p class=\"field-error\">must not repeat more often than HOURLY</p>"))
                .body(containsString("value=\"FREQ=MINUTELY\""));
        Map<String, Object> badTime = new java.util.HashMap<>(form("bad time", "ONCE", "r"));
        badTime.put("end", "tomorrow");
        manager.post("/admin/blackouts/new", badTime).then().statusCode(400)
                .body(containsString("<p class=\"field-error\">&quot;tomorrow&quot; is not a date and time"));
    }

    @Test
    void a_viewer_sees_no_buttons_and_a_forged_post_is_refused() {
        int id = blackout(Api.unique("viewer sees"));
        ConsoleSession viewer = ConsoleSession.of("viewer");
        viewer.get("/admin/blackouts?edit=" + id + "&delete=" + id).then().statusCode(200)
                .body(not(containsString("Add the blackout")), not(containsString("?edit=")),
                        not(containsString("/delete\"")));
        viewer.post("/admin/blackouts/new", form("forged", "ONCE", "r")).then().statusCode(403)
                .contentType(ContentType.HTML).body(containsString("Your roles do not allow"));
        viewer.post("/admin/blackouts/" + id + "/delete", Map.of("version", 0)).then().statusCode(403);
        as("viewer").get("/api/v1/blackouts/{id}", id).then().statusCode(200);
    }

    @Test
    void a_stale_edit_says_to_reload_and_overwrites_nothing() {
        int id = blackout(Api.unique("stale"));
        ConsoleSession manager = ConsoleSession.of("manager");
        manager.get("/admin/blackouts?edit=" + id).then().statusCode(200)
                .body(containsString("Save the blackout"), containsString("name=\"version\" value=\"0\""));
        String cluster = Api.cluster("boc", 0);
        as("manager").header("If-Match", "*").body(Map.of("name", "renamed meanwhile", "start", START.toString(),
                "end", START.plus(Duration.ofHours(1)).toString(), "timeZone", "UTC", "reason", "tests", "clusters",
                List.of(cluster)))
                .put("/api/v1/blackouts/{id}", id).then().statusCode(200);
        Map<String, Object> edit = new java.util.HashMap<>(form("my edit", "ONCE", "mine"));
        edit.put("version", 0);
        manager.post("/admin/blackouts/" + id, edit).then().statusCode(412)
                .body(containsString("This blackout was changed meanwhile — reload the page"));
        as("viewer").get("/api/v1/blackouts/{id}", id).then().body("name", org.hamcrest.Matchers.equalTo(
                "renamed meanwhile"));
        manager.post("/admin/blackouts/" + id, Map.of("version", 1, "name", "my edit", "timeZone", "UTC",
                "start", Forms.local(START, ZoneOffset.UTC), "end", Forms.local(START.plusSeconds(7200),
                        ZoneOffset.UTC),
                "repeat", "MONTH_END", "reason", "mine", "cluster", cluster))
                .then().statusCode(303);
        as("viewer").get("/api/v1/blackouts/{id}", id).then().body("name", org.hamcrest.Matchers.equalTo("my edit"))
                .body("recurrence", org.hamcrest.Matchers.equalTo("FREQ=MONTHLY;BYMONTHDAY=-1"));
    }

    @Test
    void a_deletion_asks_for_confirmation_first() {
        String name = Api.unique("to delete");
        int id = blackout(name);
        ConsoleSession manager = ConsoleSession.of("manager");
        manager.get("/admin/blackouts?delete=" + id).then().statusCode(200)
                .body(containsString("Delete the blackout " + name + "?"),
                        containsString("action=\"/admin/blackouts/" + id + "/delete\""));
        as("viewer").get("/api/v1/blackouts/{id}", id).then().statusCode(200);
        manager.post("/admin/blackouts/" + id + "/delete", Map.of("version", 0)).then().statusCode(303)
                .header("Location", containsString("Deleted"));
        as("viewer").get("/api/v1/blackouts/{id}", id).then().statusCode(404);
    }
}
