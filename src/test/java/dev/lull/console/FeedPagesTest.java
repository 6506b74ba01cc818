package dev.lull.console;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;

import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.DisplayNameGeneration;
import org.junit.jupiter.api.DisplayNameGenerator;
import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;

import dev.lull.Api;

/** Calendar feeds on My work: one click subscribes, the secret address shows once to its owner, revoke ends it. */
@QuarkusTest
@DisplayNameGeneration(DisplayNameGenerator.ReplaceUnderscores.class)
class FeedPagesTest {
    private static final Pattern ADDRESS = Pattern
            .compile("id=\"feed-web\" readonly value=\"(http[^\"]+/calendar/([^\"]+)\\.ics)\"");

    @Test
    void subscribing_to_my_changes_shows_the_address_once_and_it_serves_the_calendar() {
        PageSession requester = PageSession.of("requester");
        Response created = requester.post("/me/feeds", Map.of("scope", "me"));
        created.then().statusCode(201).header("Cache-Control", "no-store")
                .body(containsString("Subscribed: Lull: person requester"), containsString("value=\"webcal://"),
                        containsString(">Copy</button>"));
        Matcher address = ADDRESS.matcher(created.asString());
        assertThat(address.find()).isTrue();
        String token = address.group(2);
        given().get("/calendar/" + token + ".ics").then().statusCode(200).body(containsString("BEGIN:VCALENDAR"));
        requester.get("/me", 200).body(containsString("Lull: person requester"), not(containsString(token)));
        PageSession.of("dba").get("/me", 200).body(not(containsString(token)));
    }

    @Test
    void a_feed_for_a_cluster_or_host_names_what_is_missing_and_revoke_ends_it() {
        PageSession viewer = PageSession.of("viewer");
        String cluster = Api.cluster("feedc", 0);
        viewer.post("/me/feeds", Map.of("scope", "cluster", "cluster", "")).then().statusCode(400)
                .body(containsString("choose a cluster"));
        viewer.post("/me/feeds", Map.of("scope", "host", "host", "no-such-host")).then().statusCode(422)
                .body(containsString("no-such-host"), containsString("value=\"no-such-host\""));
        Response created = viewer.post("/me/feeds", Map.of("scope", "cluster", "cluster", cluster));
        created.then().statusCode(201).body(containsString("Lull: cluster " + cluster));
        Matcher address = ADDRESS.matcher(created.asString());
        assertThat(address.find()).isTrue();
        String page = viewer.get("/me", 200).extract().asString();
        Matcher revoke = Pattern.compile("action=\"/me/feeds/(\\d+)/revoke\"").matcher(page);
        String id = null;
        while (revoke.find()) {
            id = revoke.group(1);
        }
        PageSession.of("requester").post("/me/feeds/" + id + "/revoke", Map.of()).then().statusCode(404);
        viewer.post("/me/feeds/" + id + "/revoke", Map.of()).then().statusCode(303);
        given().get("/calendar/" + address.group(2) + ".ics").then().statusCode(404);
        viewer.get("/me", 200).body(not(containsString("/me/feeds/" + id + "/revoke")));
    }

    @Test
    void a_subscription_without_the_csrf_token_is_refused() {
        given().cookie("lull-session", SignInTest.session("viewer")).contentType("application/x-www-form-urlencoded")
                .formParam("scope", "me").post("/me/feeds").then().statusCode(400);
    }
}
