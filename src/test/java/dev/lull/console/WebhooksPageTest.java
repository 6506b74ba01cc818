package dev.lull.console;

import static dev.lull.Api.as;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;

import java.util.List;
import java.util.Map;

import javax.sql.DataSource;

import jakarta.inject.Inject;

import org.junit.jupiter.api.DisplayNameGeneration;
import org.junit.jupiter.api.DisplayNameGenerator;
import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;

import dev.lull.Api;

/** /admin/webhooks over HTTP: admins only; the secret shown once; deliveries with their status, paged. */
@QuarkusTest
@DisplayNameGeneration(DisplayNameGenerator.ReplaceUnderscores.class)
class WebhooksPageTest {
    @Inject
    DataSource dataSource;

    /** The id of the webhook to {@code url}, from the API's list. */
    static int webhook(String url) {
        List<Map<String, Object>> all = Api.listed("admin", "/api/v1/webhooks", "findAll { true }");
        return all.stream().filter(w -> url.equals(w.get("url"))).map(w -> (Integer) w.get("id")).findFirst()
                .orElseThrow();
    }

    @Test
    void an_admin_adds_a_webhook_reads_its_secret_once_and_sees_its_deliveries() throws Exception {
        String url = "https://hooks.example.com/" + Api.unique("lull");
        ConsoleSession admin = ConsoleSession.of("admin");
        String created = admin.post("/admin/webhooks", Map.of("url", url, "events", List.of("change.submitted")))
                .then().statusCode(201).contentType(ContentType.HTML)
                .body(containsString("shown this once"), containsString("value=\"whsec_")).extract().asString();
        String secret = created.replaceAll("(?s).*id=\"w-secret-shown\" readonly size=\"60\" value=\"([^\"]+)\".*",
                "$1");
        admin.get("/admin/webhooks").then().statusCode(200).body(containsString(url), not(containsString(secret)));
        int id = webhook(url);
        admin.get("/admin/webhooks/" + id).then().statusCode(200).body(containsString("No delivery yet"));
        int change = ConsoleJourneyTest.change(Api.host("wh", Api.cluster("whc", 0)), Api.role("whr", "dba"));
        ConsoleJourneyTest.submit(change);
        admin.get("/admin/webhooks/" + id).then().statusCode(200)
                .body(containsString("change.submitted"), containsString("<strong>PENDING</strong>"),
                        containsString("Page 1 of 1, 1 deliveries"));
        try (var connection = dataSource.getConnection();
                var failed = connection.prepareStatement(
                        "update webhook_delivery set status = 'FAILED', attempts = 8, last_status_code = 503, "
                                + "last_error = 'receiver answered 503', next_attempt_at = null where webhook_id = ?")) {
            failed.setLong(1, id);
            assertThat(failed.executeUpdate()).isEqualTo(1);
        }
        admin.get("/admin/webhooks/" + id + "?status=FAILED").then().statusCode(200)
                .body(containsString("<strong>FAILED</strong>"), containsString("<td>8</td>"),
                        containsString("HTTP 503 receiver answered 503"));
        admin.get("/admin/webhooks/" + id + "?status=DELIVERED").then().statusCode(200)
                .body(containsString("No delivery DELIVERED yet"));
        admin.get("/admin/webhooks/" + id + "?status=lost").then().statusCode(400)
                .body(containsString("status must be one of PENDING, DELIVERED or FAILED"));
    }

    @Test
    void bad_input_comes_back_next_to_its_field() {
        ConsoleSession admin = ConsoleSession.of("admin");
        admin.post("/admin/webhooks", Map.of("url", "ftp://files.example.com", "secret", "abc")).then()
                .statusCode(400).body(containsString("Some fields need fixing"))
                .body(containsString("<p class=\"field-error\" id=\"w-events-error\">must not be empty</p>"))
                .body(containsString("value=\"ftp://files.example.com\""));
        admin.post("/admin/webhooks", Map.of("url", "ftp://files.example.com", "events", List.of("change.submitted"),
                "secret", "abc")).then().statusCode(400)
                .body(containsString("<p class=\"field-error\">must be an absolute http or https URL</p>"))
                .body(containsString("<p class=\"field-error\">must be whsec_ followed by the base64"))
                .body(containsString("value=\"change.submitted\" id=\"w-ev-0\" checked"));
    }

    @Test
    void people_who_are_not_admins_are_refused_the_page_and_its_forms() {
        String url = "https://hooks.example.com/" + Api.unique("kept");
        as("admin").body(Map.of("url", url, "events", List.of("change.approved"))).post("/api/v1/webhooks").then()
                .statusCode(201);
        for (String user : List.of("viewer", "manager")) {
            ConsoleSession person = ConsoleSession.of(user);
            person.get("/admin/webhooks").then().statusCode(403).contentType(ContentType.HTML)
                    .body(containsString("Your roles do not allow"), not(containsString("Add the webhook")));
            person.post("/admin/webhooks", Map.of("url", "https://hooks.example.com/forged", "events",
                    List.of("change.submitted"))).then().statusCode(403);
            int id = webhook(url);
            person.get("/admin/webhooks/" + id).then().statusCode(403);
            person.post("/admin/webhooks/" + id + "/pause", Map.of()).then().statusCode(403);
            person.post("/admin/webhooks/" + id + "/delete", Map.of("version", 0)).then().statusCode(403);
        }
        as("admin").get("/api/v1/webhooks?size=500").then().body(not(containsString("/forged")));
        as("admin").get("/api/v1/webhooks/{id}", webhook(url)).then().statusCode(200)
                .body(containsString("\"paused\":false"));
    }

    @Test
    void a_deletion_asks_for_confirmation_first() {
        String url = "https://hooks.example.com/" + Api.unique("gone");
        int id = as("admin").body(Map.of("url", url, "events", List.of("change.approved"))).post("/api/v1/webhooks")
                .then().statusCode(201).extract().path("id");
        ConsoleSession admin = ConsoleSession.of("admin");
        admin.get("/admin/webhooks").then().body(containsString("href=\"/admin/webhooks/" + id + "/delete\""));
        admin.get("/admin/webhooks/" + id + "/delete").then().statusCode(200)
                .body(containsString("Delete webhook " + id + "?"), containsString("to " + url + "."),
                        containsString("action=\"/admin/webhooks/" + id + "/delete\""));
        as("admin").get("/api/v1/webhooks/{id}", id).then().statusCode(200);
        admin.post("/admin/webhooks/" + id + "/delete", Map.of("version", 0)).then().statusCode(303);
        as("admin").get("/api/v1/webhooks/{id}", id).then().statusCode(404);
    }

    @Test
    void an_admin_edits_a_webhook_pauses_and_resumes_it_and_rotates_its_secret() {
        String url = "https://hooks.example.com/" + Api.unique("edit");
        int id = as("admin").body(Map.of("url", url, "events", List.of("change.approved"))).post("/api/v1/webhooks")
                .then().statusCode(201).extract().path("id");
        ConsoleSession admin = ConsoleSession.of("admin");
        admin.get("/admin/webhooks/" + id).then().statusCode(200)
                .body(containsString("value=\"" + url + "\""), containsString("name=\"version\" value=\"0\""),
                        containsString("value=\"change.approved\" id=\"e-ev-"), containsString("ACTIVE."));
        admin.post("/admin/webhooks/" + id, Map.of("version", 0, "url", url + "/v2", "events",
                List.of("change.approved", "change.started"))).then().statusCode(303)
                .header("Location", containsString("/admin/webhooks/" + id + "?done=Saved+the+webhook"));
        as("admin").get("/api/v1/webhooks/{id}", id).then().body(containsString(url + "/v2"),
                containsString("change.started"));
        admin.post("/admin/webhooks/" + id, Map.of("version", 0, "url", url, "events", List.of("change.approved")))
                .then().statusCode(412).body(containsString("This webhook was changed meanwhile — reload the page"));
        admin.post("/admin/webhooks/" + id + "/pause", Map.of()).then().statusCode(303);
        admin.get("/admin/webhooks/" + id).then().body(containsString("PAUSED."),
                containsString("Resume the webhook"));
        admin.get("/admin/webhooks").then().body(containsString("<strong>PAUSED</strong>"));
        admin.post("/admin/webhooks/" + id + "/resume", Map.of()).then().statusCode(303);
        as("admin").get("/api/v1/webhooks/{id}", id).then().body(containsString("\"paused\":false"));
        admin.post("/admin/webhooks/" + id + "/secret", Map.of()).then().statusCode(200)
                .body(containsString("Its new signing secret"), containsString("value=\"whsec_"));
    }

    @Test
    void a_bad_edit_comes_back_next_to_its_field_with_what_was_typed() {
        int id = as("admin").body(Map.of("url", "https://hooks.example.com/keep", "events",
                List.of("change.approved"))).post("/api/v1/webhooks").then().statusCode(201).extract().path("id");
        ConsoleSession admin = ConsoleSession.of("admin");
        admin.post("/admin/webhooks/" + id, Map.of("version", 0, "url", "ftp://files.example.com", "secret", "abc"))
                .then().statusCode(400).body(containsString("Some fields need fixing"))
                .body(containsString("<p class=\"field-error\" id=\"e-events-error\">must not be empty</p>"))
                .body(containsString("value=\"ftp://files.example.com\""));
        admin.post("/admin/webhooks/" + id, Map.of("version", 0, "url", "ftp://files.example.com", "events",
                List.of("change.started"), "secret", "abc")).then().statusCode(400)
                .body(containsString("<p class=\"field-error\">must be an absolute http or https URL</p>"))
                .body(containsString("<p class=\"field-error\">must be whsec_ followed by the base64"))
                .body(org.hamcrest.Matchers.matchesRegex("(?s).*value=\"change.started\" id=\"e-ev-\\d+\" checked.*"));
        as("admin").get("/api/v1/webhooks/{id}", id).then().body(containsString("https://hooks.example.com/keep"));
    }

    @Test
    void a_failed_delivery_is_sent_again_from_the_page_and_a_second_time_is_refused_in_words() throws Exception {
        String url = "https://hooks.example.com/" + Api.unique("again");
        int id = as("admin").body(Map.of("url", url, "events", List.of("change.submitted"))).post("/api/v1/webhooks")
                .then().statusCode(201).extract().path("id");
        ConsoleJourneyTest.submit(ConsoleJourneyTest.change(Api.host("wa", Api.cluster("wac", 0)),
                Api.role("war", "dba")));
        try (var connection = dataSource.getConnection();
                var failed = connection.prepareStatement("update webhook_delivery set status = 'FAILED', "
                        + "attempts = 8, next_attempt_at = null where webhook_id = ? returning id")) {
            failed.setLong(1, id);
            var rows = failed.executeQuery();
            assertThat(rows.next()).isTrue();
            long delivery = rows.getLong(1);
            ConsoleSession admin = ConsoleSession.of("admin");
            admin.get("/admin/webhooks/" + id).then().body(containsString(
                    "action=\"/admin/webhooks/" + id + "/deliveries/" + delivery + "/redeliver\""));
            admin.post("/admin/webhooks/" + id + "/deliveries/" + delivery + "/redeliver", Map.of()).then()
                    .statusCode(303).header("Location", containsString("is+sent+again+as+delivery"));
            admin.post("/admin/webhooks/" + id + "/deliveries/" + delivery + "/redeliver", Map.of()).then()
                    .statusCode(409).contentType(ContentType.HTML)
                    .body(containsString("<p class=\"error\" role=\"alert\">this event is already being sent again"),
                            not(containsString("/redeliver\"")));
            admin.get("/admin/webhooks/" + id + "?status=PENDING").then()
                    .body(containsString("Page 1 of 1, 1 deliveries"));
        }
    }
}
