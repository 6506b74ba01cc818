package dev.lull.console;

import static dev.lull.Api.as;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.DisplayNameGeneration;
import org.junit.jupiter.api.DisplayNameGenerator;
import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;

import dev.lull.Api;

/** Every page answers HTML a person can read, within the time and weight budgets, and refuses forged writes. */
@QuarkusTest
@DisplayNameGeneration(DisplayNameGenerator.ReplaceUnderscores.class)
class ConsolePagesTest {

    @Test
    void every_page_renders_for_a_signed_in_person() {
        String host = Api.host("pg", Api.cluster("pgc", 0));
        Instant start = Api.plusDays(Api.now(), 3);
        int id = as("requester").body(Map.of("title", "Patch " + host, "type", "NORMAL", "hosts", List.of(host),
                "window", Map.of("start", start.toString(), "end", start.plus(Duration.ofHours(2)).toString()),
                "plan", List.of(Map.of("title", "reboot", "role", Api.role("pr", "dba"), "duration", "PT30M"))))
                .post("/api/v1/changes").then().statusCode(201).extract().path("id");
        String session = SignInTest.session("requester");
        List<String> pages = List.of("/", "/changes/" + id, "/hosts", "/hosts/" + host, "/changes/new", "/gates",
                "/me");
        for (String page : pages) {
            given().cookie("lull-session", session).get(page).then().statusCode(200).contentType(ContentType.HTML);
        }
    }

    @Test
    void the_gates_board_links_each_host_to_its_host_page_and_each_cluster_to_its_cluster_page() {
        String cluster = Api.cluster("glc", 0);
        String host = Api.host("glh", cluster);
        given().cookie("lull-session", SignInTest.session("viewer")).get("/gates").then().statusCode(200)
                .body(containsString("<a href=\"/hosts/" + host + "\">"),
                        containsString("<a href=\"/clusters/" + cluster + "\">"),
                        not(containsString("/clusters/" + host + "\"")));
    }

    @Test
    void pages_load_at_most_150_kb_of_script_and_style() {
        long css = given().get("/console/lull.css").then().statusCode(200).extract().asByteArray().length;
        long js = given().get("/webjars/htmx.org/2.0.8/dist/htmx.min.js").then().statusCode(200).extract()
                .asByteArray().length;
        assertThat(css + js).isLessThan(150_000);
    }

    @Test
    void an_unknown_change_is_a_readable_page_not_json() {
        given().cookie("lull-session", SignInTest.session("viewer")).get("/changes/999999999")
                .then().statusCode(404).contentType(ContentType.HTML).body(containsString("no change with id"))
                .body(not(containsString("\"status\"")));
    }

    @Test
    void a_viewer_gets_a_readable_refusal_for_a_requester_page() {
        given().cookie("lull-session", SignInTest.session("viewer")).get("/changes/new")
                .then().statusCode(403).contentType(ContentType.HTML).body(containsString("Your roles do not allow"));
    }

    @Test
    void a_write_without_the_csrf_token_is_refused() {
        given().cookie("lull-session", SignInTest.session("requester")).contentType(ContentType.URLENC)
                .formParam("action", "SUBMIT").formParam("version", "0").post("/changes/1/act")
                .then().statusCode(400);
    }
}
