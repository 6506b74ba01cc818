package dev.lull.console;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import io.restassured.http.ContentType;
import io.restassured.response.Response;
import io.restassured.response.ValidatableResponse;

/** A person signed in through the login form, reading pages and posting forms with the page's CSRF token. */
record PageSession(String session, String csrfCookie, String field, String token) {
    private static final Pattern HIDDEN = Pattern
            .compile("<input type=\"hidden\" name=\"([^\"]+)\" value=\"([^\"]+)\">");

    static PageSession of(String user) {
        String session = SignInTest.session(user);
        Response page = given().cookie("lull-session", session).get("/me");
        Matcher csrf = HIDDEN.matcher(page.asString());
        assertThat(csrf.find()).as("a CSRF field on /me").isTrue();
        return new PageSession(session, page.getCookie("lull-csrf"), csrf.group(1), csrf.group(2));
    }

    /** GETs a page and expects that status and HTML. */
    ValidatableResponse get(String path, int status) {
        return given().cookie("lull-session", session).get(path).then().statusCode(status)
                .contentType(ContentType.HTML);
    }

    /** POSTs the form fields with the CSRF token, as the page's form would, without following a redirect. */
    Response post(String path, Map<String, ?> fields) {
        return given().redirects().follow(false).cookie("lull-session", session).cookie("lull-csrf", csrfCookie)
                .contentType(ContentType.URLENC).formParams(fields).formParam(field, token).post(path);
    }
}
