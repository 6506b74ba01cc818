package dev.lull.console;

import static dev.lull.Api.as;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.not;

import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.DisplayNameGeneration;
import org.junit.jupiter.api.DisplayNameGenerator;
import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;

/** The preferences page: a person reads and sets their own profile and mail, bad input is named and kept. */
@QuarkusTest
@DisplayNameGeneration(DisplayNameGenerator.ReplaceUnderscores.class)
class PreferencesPageTest {
    private static Map<String, Object> form(String version, String email, String zone, String cadence) {
        return Map.of("version", version, "displayName", "Ingrid Infra", "email", email, "timeZone", zone,
                "language", "fr", "cadence", cadence, "events", List.of("change.submitted", "change.scheduled"));
    }

    private static String version(PageSession session) {
        String page = session.get("/me/preferences", 200).extract().asString();
        Matcher found = Pattern.compile("name=\"version\" value=\"(\\d*)\"").matcher(page);
        return found.find() ? found.group(1) : "";
    }

    @Test
    void a_person_sets_their_address_zone_and_daily_digest_and_reads_them_back() {
        PageSession infra = PageSession.of("infra");
        infra.get("/me", 200).body(containsString("href=\"/me/preferences\""));
        infra.get("/me/preferences", 200).body(containsString("Your preferences"),
                containsString("value=\"change.window-reminder\""));
        infra.post("/me/preferences", form(version(infra), "ingrid@lull.test", "Europe/Zurich", "DIGEST")).then()
                .statusCode(303).header("Location", containsString("/me/preferences?done="));
        infra.get("/me/preferences?done=Saved", 200).body(containsString("value=\"ingrid@lull.test\""),
                containsString("value=\"Europe/Zurich\""), containsString("value=\"DIGEST\" checked"),
                containsString("value=\"change.submitted\" checked"),
                not(containsString("value=\"change.closed\" checked")));
        as("infra").get("/api/v1/me/preferences").then().statusCode(200).body("cadence", equalTo("DIGEST"),
                "timeZone", equalTo("Europe/Zurich"), "invitations", equalTo(false), "language", equalTo("fr"),
                "events", equalTo(List.of("change.scheduled", "change.submitted")));
        as("infra").get("/api/v1/me").then().body("email", equalTo("ingrid@lull.test"),
                "displayName", equalTo("Ingrid Infra"));
    }

    @Test
    void bad_input_is_named_next_to_its_field_and_what_was_typed_stays() {
        PageSession infra = PageSession.of("infra");
        infra.post("/me/preferences", form(version(infra), "not an address", "Mars/Olympus", "HOURLY")).then()
                .statusCode(400).body(containsString("Some fields need fixing"),
                        containsString("value=\"not an address\""), containsString("value=\"Mars/Olympus\""),
                        containsString("must be a well-formed email address"),
                        containsString("choose each event as it happens or a daily digest"),
                        containsString("class=\"field-error\""));
        infra.post("/me/preferences", Map.of("version", "0", "displayName", " ", "email", "", "cadence",
                "IMMEDIATE")).then().statusCode(400).body(containsString("must not be blank"));
    }

    @Test
    void a_page_read_before_another_save_is_refused_as_stale_and_a_forged_post_is_refused() {
        PageSession infra = PageSession.of("infra");
        infra.post("/me/preferences", form(version(infra), "infra@lull.test", "UTC", "IMMEDIATE")).then()
                .statusCode(303);
        String read = version(infra);
        infra.post("/me/preferences", form(read, "infra@lull.test", "Europe/Berlin", "IMMEDIATE")).then()
                .statusCode(303);
        infra.post("/me/preferences", form(read, "infra@lull.test", "UTC", "DIGEST")).then().statusCode(412)
                .body(containsString("Reload your preferences"), containsString("value=\"DIGEST\" checked"));
        given().cookie("lull-session", SignInTest.session("infra")).contentType("application/x-www-form-urlencoded")
                .formParam("cadence", "DIGEST").post("/me/preferences").then().statusCode(400);
        given().get("/me/preferences").then().body(not(containsString("Save your preferences")));
    }
}
