package dev.lull.console;

import static dev.lull.Api.as;
import static dev.lull.Api.clockAt;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;

import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.DisplayNameGeneration;
import org.junit.jupiter.api.DisplayNameGenerator;
import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.Response;

import dev.lull.Api;

/** The change page's load watch panel and the feed's description follow a burst posted through ingest. */
@QuarkusTest
@DisplayNameGeneration(DisplayNameGenerator.ReplaceUnderscores.class)
class ChangeWatchPanelTest {

    /** A standard change on a new host whose window opened 30 minutes ago and alarms on a burst; its id. */
    static int alarmed(String host, Instant start) {
        clockAt(Api.now());
        String role = Api.role("cwr", "ops");
        int id = as("requester").body(Api.standardFit(Map.of("title", "Patch " + host, "type", "STANDARD", "hosts",
                List.of(host), "window", Map.of("start", start.toString(), "end",
                        start.plus(Duration.ofHours(2)).toString()),
                "plan", List.of(Map.of("title", "reboot", "role", role, "duration", "PT30M")))))
                .post("/api/v1/changes").then().statusCode(201).extract().path("id");
        as("requester").post("/api/v1/changes/{id}/submit", id).then().statusCode(200);
        clockAt(start.plus(Duration.ofMinutes(20)));
        load(host, start, 20, 0.2);
        clockAt(start.plus(Duration.ofMinutes(30)));
        load(host, start.plus(Duration.ofMinutes(20)), 10, 10);
        return id;
    }

    static void load(String host, Instant from, int minutes, double messages) {
        List<Map<String, Object>> samples = new ArrayList<>();
        for (int i = 0; i < minutes; i++) {
            samples.add(Map.of("host", host, "at", from.plus(Duration.ofMinutes(i)).toString(), "messages", messages));
        }
        as("ingest").body(samples).post("/api/v1/load").then().statusCode(200);
    }

    static Instant windowStart() {
        return Api.now().plus(Duration.ofHours(4)).truncatedTo(ChronoUnit.HOURS);
    }

    @Test
    void a_burst_shows_an_alarm_and_a_change_manager_overrides_it_with_a_comment_from_the_panel() {
        String host = Api.host("cwh", Api.cluster("cwc", 0));
        Instant start = windowStart();
        clockAt(Api.now());
        PageSession viewer = PageSession.of("viewer");
        PageSession manager = PageSession.of("manager");
        int id = alarmed(host, start);
        String panel = "/changes/" + id + "/watch";
        viewer.get("/changes/" + id, 200).body(containsString("hx-get=\"" + panel + "\""),
                containsString("Live load watch"));
        viewer.get(panel, 200).body(containsString("Alarm: the load lies above its expected band."),
                containsString(host + ": 600 messages per hour, none expected over the last 10 min"),
                containsString("The gate of its hosts is paused"), containsString("<td>" + host + "</td>"),
                containsString("<strong>above</strong>"), containsString("<strong>ALARM</strong>"),
                not(containsString("action=\"" + panel + "/override\"")));
        manager.get(panel, 200).body(containsString("action=\"" + panel + "/override\""),
                containsString("name=\"comment\""));

        assertThat(viewer.post(panel + "/override", Map.of("comment", "mine")).statusCode()).isEqualTo(403);
        manager.post(panel + "/override", Map.of("comment", " ")).then().statusCode(400)
                .contentType(ContentType.HTML).body(containsString("comment"));
        Response done = manager.post(panel + "/override", Map.of("comment", "our own migration job"));
        assertThat(done.statusCode()).isEqualTo(303);
        assertThat(done.header("Location")).endsWith("/changes/" + id + "?done=WATCH_OVERRIDE");
        manager.get(panel, 200).body(containsString("Overridden: a change manager reopened the gate"),
                containsString("Overridden by manager"), containsString("our own migration job"),
                not(containsString("action=\"" + panel + "/override\"")));
        manager.post(panel + "/override", Map.of("comment", "again")).then().statusCode(409)
                .contentType(ContentType.HTML).body(containsString("only an ALARM or UNKNOWN"));
    }

    @Test
    void a_window_not_open_is_one_line_and_an_unknown_change_a_readable_one() {
        String host = Api.host("cwh", null);
        clockAt(Api.now());
        PageSession viewer = PageSession.of("viewer");
        String role = Api.role("cwr", "ops");
        int id = as("requester").body(Map.of("title", "Patch " + host, "type", "NORMAL", "hosts", List.of(host),
                "window", Map.of("start", windowStart().toString(), "end",
                        windowStart().plus(Duration.ofHours(2)).toString()),
                "plan", List.of(Map.of("title", "reboot", "role", role, "duration", "PT30M"))))
                .post("/api/v1/changes").then().statusCode(201).extract().path("id");
        viewer.get("/changes/" + id + "/watch", 200).body(containsString("Not watched: the window is not open."),
                not(containsString("<table>")));
        viewer.get("/changes/999999999/watch", 200).body(containsString("No load watch: no change with id 999999999"));
    }

    @Test
    void the_feed_describes_the_watch_of_an_open_window() {
        String host = Api.host("cwh", Api.cluster("cwc", 0));
        int id = alarmed(host, windowStart());
        String url = as("viewer").body(Map.of("scope", Map.of("host", host))).post("/api/v1/feeds").then()
                .statusCode(201).extract().path("url");
        String feed = given().get(url.replaceAll("^https?://[^/]+", "")).then().statusCode(200).extract().asString()
                .replace("\r\n ", "");
        assertThat(feed).contains("STANDARD change " + id + "\\, state SCHEDULED\\nLoad watch: ALARM — " + host
                + ": 600 messages per hour");
    }
}
