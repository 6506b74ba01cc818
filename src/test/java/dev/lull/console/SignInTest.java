package dev.lull.console;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.not;

import org.junit.jupiter.api.DisplayNameGeneration;
import org.junit.jupiter.api.DisplayNameGenerator;
import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.Response;

import dev.lull.Api;

@QuarkusTest
@DisplayNameGeneration(DisplayNameGenerator.ReplaceUnderscores.class)
class SignInTest {

    /** Signs in through the login form; answers the session cookie. */
    static String session(String user) {
        Response login = given().redirects().follow(false).contentType(ContentType.URLENC)
                .formParam("j_username", user).formParam("j_password", "lull").post("/j_security_check");
        login.then().statusCode(302).header("Location", endsWith("/"));
        return login.getCookie("lull-session");
    }

    @Test
    void a_page_without_a_session_sends_the_person_to_sign_in() {
        given().redirects().follow(false).accept(ContentType.HTML).get("/")
                .then().statusCode(equalTo(303)).header("Location", containsString("/login"));
    }

    @Test
    void the_api_still_answers_401_problem_json_with_a_challenge_never_a_redirect() {
        given().redirects().follow(false).get("/api/v1/hosts")
                .then().statusCode(401).contentType("application/problem+json")
                .header("WWW-Authenticate", containsString("Basic"));
        given().redirects().follow(false).contentType(ContentType.JSON).body("{}").post("/api/v1/changes")
                .then().statusCode(401).contentType("application/problem+json");
    }

    @Test
    void a_failed_sign_in_goes_back_to_the_login_page_with_an_error() {
        Response failed = given().redirects().follow(false).contentType(ContentType.URLENC)
                .formParam("j_username", "requester").formParam("j_password", "wrong").post("/j_security_check");
        failed.then().statusCode(302).header("Location", containsString("/login?error=true"));
        given().get("/login?error=true").then().statusCode(200).contentType(ContentType.HTML)
                .body(containsString("Wrong username or password"));
    }

    @Test
    void signing_in_sets_an_http_only_same_site_session_that_opens_the_calendar() {
        Response login = given().redirects().follow(false).contentType(ContentType.URLENC)
                .formParam("j_username", "viewer").formParam("j_password", "lull").post("/j_security_check");
        String setCookie = login.getHeader("Set-Cookie");
        org.assertj.core.api.Assertions.assertThat(setCookie).contains("lull-session=").containsIgnoringCase("HttpOnly")
                .containsIgnoringCase("SameSite=Lax");
        given().cookie("lull-session", login.getCookie("lull-session")).get("/")
                .then().statusCode(200).contentType(ContentType.HTML).body(containsString("Week of"))
                .body(containsString("Signed in as <strong>viewer</strong>"))
                .body(not(containsString("Request a change</a>")));
    }

    @Test
    void a_get_of_logout_signs_nobody_out_and_offers_the_button() {
        PageSession requester = PageSession.of("requester");
        Response asked = given().redirects().follow(false).cookie("lull-session", requester.session()).get("/logout");
        asked.then().statusCode(200).contentType(ContentType.HTML).body(containsString("Sign out of Lull?"),
                containsString("<form method=\"post\" action=\"/logout\">"),
                containsString("<input type=\"hidden\" name=\"" + requester.field() + "\""));
        org.assertj.core.api.Assertions.assertThat(asked.getHeaders().getValues("Set-Cookie"))
                .noneMatch(cookie -> cookie.startsWith("lull-session=") && cookie.contains("Max-Age=0"));
        requester.get("/", 200).body(containsString("Signed in as <strong>requester</strong>"))
                .body(not(containsString("href=\"/logout")));
        given().redirects().follow(false).get("/logout").then().statusCode(303)
                .header("Location", containsString("/login"));
    }

    @Test
    void signing_out_is_a_post_with_the_csrf_token() {
        PageSession viewer = PageSession.of("viewer");
        Response forged = given().redirects().follow(false).cookie("lull-session", viewer.session())
                .contentType(ContentType.URLENC).post("/logout");
        forged.then().statusCode(400);
        org.assertj.core.api.Assertions.assertThat(forged.getHeaders().getValues("Set-Cookie"))
                .noneMatch(cookie -> cookie.startsWith("lull-session=") && cookie.contains("Max-Age=0"));
        Response out = viewer.post("/logout", java.util.Map.of());
        out.then().statusCode(303).header("Location", containsString("/login?out=true"));
        org.assertj.core.api.Assertions.assertThat(out.getHeaders().getValues("Set-Cookie"))
                .anyMatch(cookie -> cookie.startsWith("lull-session=") && cookie.contains("Max-Age=0"));
    }

    @Test
    void a_bad_week_is_named_on_the_page() {
        given().cookie("lull-session", session("viewer")).get("/?week=someday")
                .then().statusCode(200).body(containsString("is not a date"));
    }

    @Test
    void the_api_takes_json_posts_with_basic_auth_without_a_csrf_token() {
        Api.as("admin").body("{\"name\":\"" + Api.unique("csrf") + "\",\"minAvailable\":1}").post("/api/v1/clusters")
                .then().statusCode(201);
    }
}
