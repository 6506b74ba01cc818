package dev.lull.people;

import static dev.lull.Api.as;
import static dev.lull.Api.unique;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.nullValue;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import jakarta.inject.Inject;

import org.junit.jupiter.api.DisplayNameGeneration;
import org.junit.jupiter.api.DisplayNameGenerator;
import org.junit.jupiter.api.Test;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.smallrye.jwt.build.Jwt;

@QuarkusTest
@DisplayNameGeneration(DisplayNameGenerator.ReplaceUnderscores.class)
class PreferencesTest {
    @Inject
    PersonDirectory directory;
    @Inject
    SignInProfiles profiles;

    private static String token(String user, Map<String, String> claims) {
        var builder = Jwt.issuer("https://issuer.lull.test").upn(user).groups(Set.of("viewer")).expiresIn(300);
        claims.forEach(builder::claim);
        return builder.sign();
    }

    /** The profile as stored now, read in a transaction of its own (the sign-in writes it elsewhere). */
    private Optional<PersonView> stored(String user) {
        return QuarkusTransaction.requiringNew().call(() -> directory.find(user));
    }

    private static Map<String, Object> preferences(String cadence, List<String> events, String zone) {
        return Map.of("cadence", cadence, "events", events, "invitations", false, "timeZone", zone, "language", "fr");
    }

    @Test
    void a_person_reads_the_defaults_then_sets_their_own_preferences() {
        String user = unique("pref");
        given().auth().oauth2(token(user, Map.of())).get("/api/v1/me/preferences").then().statusCode(200)
                .body("cadence", equalTo("IMMEDIATE"), "invitations", equalTo(true), "events", nullValue());
        await().atMost(Duration.ofSeconds(10)).until(() -> stored(user).isPresent());
        given().auth().oauth2(token(user, Map.of())).contentType("application/json").header("If-Match", "\"v0\"")
                .body(preferences("IMMEDIATE", List.of("change.scheduled", "change.submitted"), "Europe/Paris"))
                .put("/api/v1/me/preferences").then().statusCode(200).header("ETag", equalTo("\"v1\""))
                .body("cadence", equalTo("IMMEDIATE"), "events", contains("change.scheduled", "change.submitted"),
                        "timeZone", equalTo("Europe/Paris"), "language", equalTo("fr"), "invitations", equalTo(false));
        given().auth().oauth2(token(user, Map.of())).contentType("application/json")
                .body(preferences("IMMEDIATE", List.of(), "UTC")).put("/api/v1/me/preferences").then()
                .statusCode(428);
        given().auth().oauth2(token(user, Map.of())).contentType("application/json").header("If-Match", "\"v9\"")
                .body(preferences("IMMEDIATE", List.of(), "UTC")).put("/api/v1/me/preferences").then()
                .statusCode(412);
        given().auth().oauth2(token(user, Map.of())).contentType("application/json").header("If-Match", "\"v1\"")
                .body(preferences("IMMEDIATE", List.of(), "UTC")).put("/api/v1/me/preferences").then()
                .statusCode(200).body("events", equalTo(List.of()), "cadence", equalTo("IMMEDIATE"));
    }

    @Test
    void unknown_events_zones_languages_and_cadences_are_refused_naming_the_field() {
        as("ops").body(preferences("IMMEDIATE", List.of("change.submitted", "change.exploded"), "UTC"))
                .put("/api/v1/me/preferences").then().statusCode(400).contentType("application/problem+json")
                .body("errors[0].field", equalTo("events[1]"), "errors[0].message", containsString("change.exploded"));
        as("ops").body(preferences("IMMEDIATE", List.of(), "Mars/Olympus")).put("/api/v1/me/preferences").then()
                .statusCode(400).body("errors[0].field", equalTo("timeZone"));
        as("ops").body(Map.of("cadence", "IMMEDIATE", "invitations", true, "language", "French"))
                .put("/api/v1/me/preferences").then().statusCode(400).body("errors[0].field", equalTo("language"));
        as("ops").body(Map.of("cadence", "HOURLY", "invitations", true)).put("/api/v1/me/preferences").then()
                .statusCode(400);
        as("ops").body(Map.of("cadence", "IMMEDIATE")).put("/api/v1/me/preferences").then().statusCode(400)
                .body("errors[0].field", equalTo("invitations"));
        as("ops").body(Map.of("cadence", "DAILY", "invitations", true)).put("/api/v1/me/preferences").then()
                .statusCode(400);
        given().get("/api/v1/me/preferences").then().statusCode(401);
    }

    @Test
    void a_first_jwt_sign_in_creates_the_profile_from_the_claims() {
        String user = unique("jwt");
        given().auth().oauth2(token(user, Map.of("email", user + "@example.org", "name", "Jo Wu")))
                .get("/api/v1/me").then().statusCode(200);
        await().atMost(Duration.ofSeconds(10)).until(() -> stored(user).isPresent());
        as("viewer").get("/api/v1/people?size=100").then().statusCode(200);
        PersonView person = stored(user).orElseThrow();
        assertThat(person.displayName()).isEqualTo("Jo Wu");
        assertThat(person.email()).isEqualTo(user + "@example.org");
    }

    @Test
    void a_token_s_claims_are_written_once_until_they_change_or_the_profile_is_deleted() {
        String user = unique("jwt");
        var signIn = new SignInProfiles.SignIn(user, Optional.of(user + "@example.org"), Optional.of("Jo"));
        assertThat(profiles.firstSince(signIn)).isTrue();
        assertThat(profiles.firstSince(signIn)).as("the same claims again").isFalse();
        assertThat(profiles.firstSince(new SignInProfiles.SignIn(user, signIn.email(), Optional.of("Jo Wu"))))
                .as("another name").isTrue();
        profiles.forget(user);
        assertThat(profiles.firstSince(signIn)).as("after the profile was deleted").isTrue();
    }

    @Test
    void a_profile_deleted_is_made_again_at_the_next_jwt_sign_in() {
        String user = unique("jwt");
        String token = token(user, Map.of("name", "Jo Wu"));
        given().auth().oauth2(token).get("/api/v1/me").then().statusCode(200);
        await().atMost(Duration.ofSeconds(10)).until(() -> stored(user).isPresent());
        given().auth().oauth2(token).get("/api/v1/me").then().statusCode(200);
        as("admin").header("If-Match", "*").delete("/api/v1/people/{username}", user).then().statusCode(204);
        assertThat(stored(user)).isEmpty();
        given().auth().oauth2(token).get("/api/v1/me").then().statusCode(200);
        await().atMost(Duration.ofSeconds(10)).until(() -> stored(user).isPresent());
        assertThat(stored(user).orElseThrow().displayName()).isEqualTo("Jo Wu");
    }

    @Test
    void later_sign_ins_fill_in_what_is_missing_and_keep_what_was_set() {
        String user = unique("jwt");
        assertThat(profiles.signedIn(user, Optional.of("not an address"),
                Optional.empty())).isTrue();
        assertThat(stored(user).orElseThrow().email()).isNull();
        assertThat(stored(user).orElseThrow().displayName()).isEqualTo(user);
        profiles.signedIn(user, Optional.of("jo@example.org"), Optional.of("Jo"));
        assertThat(stored(user).orElseThrow())
                .extracting(PersonView::email, PersonView::displayName).containsExactly("jo@example.org", "Jo");
        as("admin").header("If-Match", "*").body(Map.of("displayName", "Josephine", "email", "josephine@example.org"))
                .put("/api/v1/people/{username}", user).then().statusCode(200);
        assertThat(profiles.signedIn(user, Optional.of("jo@example.org"),
                Optional.of("Jo"))).isFalse();
        assertThat(stored(user).orElseThrow().displayName())
                .isEqualTo("Josephine");
        assertThat(profiles.signedIn("no spaces allowed", Optional.empty(),
                Optional.empty())).isFalse();
    }
}
