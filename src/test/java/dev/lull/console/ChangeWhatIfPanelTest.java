package dev.lull.console;

import static dev.lull.Api.as;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;

import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.DisplayNameGeneration;
import org.junit.jupiter.api.DisplayNameGenerator;
import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;

import dev.lull.Api;

/** The change page loads its what-if panel, which reads the verdicts and the booking dry run as the API gives them. */
@QuarkusTest
@DisplayNameGeneration(DisplayNameGenerator.ReplaceUnderscores.class)
class ChangeWhatIfPanelTest {
    static final ZoneId PARIS = ZoneId.of("Europe/Paris");

    @Test
    void the_change_page_shows_how_its_window_went_in_the_last_weeks() {
        String host = Api.host("wp", null);
        Instant end = Api.now().truncatedTo(ChronoUnit.HOURS);
        StringBuilder csv = new StringBuilder("host,at,messages\n");
        for (Instant at = end.minus(Duration.ofDays(28)); at.isBefore(end); at = at.plus(Duration.ofHours(1))) {
            csv.append(host).append(',').append(at).append(',')
                    .append(100 + 900 * Math.abs(at.atZone(PARIS).getHour() - 3) / 21).append('\n');
        }
        Api.ingestCsv(csv.toString(), 200);
        Instant start = Api.now().atZone(PARIS).toLocalDate().plusDays(3).atTime(2, 0).atZone(PARIS).toInstant();
        int id = as("requester").body(Map.of("title", "Patch " + host, "type", "NORMAL", "hosts", List.of(host),
                "window", Map.of("start", start.toString(), "end", start.plus(Duration.ofHours(2)).toString()),
                "plan", List.of(Map.of("title", "reboot", "role", Api.role("wp"), "duration", "PT30M"))))
                .post("/api/v1/changes").then().statusCode(201).extract().path("id");
        String session = SignInTest.session("viewer");
        given().cookie("lull-session", session).get("/changes/{id}", id).then().statusCode(200)
                .body(containsString("hx-get=\"/changes/" + id + "/what-if\""));
        given().cookie("lull-session", session).get("/changes/{id}/what-if", id).then().statusCode(200)
                .contentType(ContentType.HTML)
                .body(containsString(host + "</strong>: quiet in 4 of the last 8 weeks (4 without data)"))
                .body(containsString("Booking this window now would meet no conflict."));
    }

    @Test
    void an_unknown_change_has_no_replay_but_a_readable_line() {
        given().cookie("lull-session", SignInTest.session("viewer")).get("/changes/999999999/what-if").then()
                .statusCode(200).body(containsString("No replay: no change with id 999999999"));
    }
}
