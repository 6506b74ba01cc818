package dev.lull.console;

import static io.restassured.RestAssured.given;

import java.util.Collection;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import io.restassured.http.ContentType;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;

/** A person signed in to the console, for page tests: reads pages and posts their forms with the CSRF token. */
final class ConsoleSession {
    private static final Pattern TOKEN = Pattern.compile("name=\"csrf-token\" value=\"([^\"]+)\"");
    private final String session;
    private String csrfCookie;
    private String token;

    private ConsoleSession(String session) {
        this.session = session;
    }

    static ConsoleSession of(String user) {
        return new ConsoleSession(SignInTest.session(user));
    }

    /** The page as the person gets it, redirects not followed. */
    Response get(String path) {
        Response page = spec().get(path);
        remember(page);
        return page;
    }

    /** Posts the form fields (a collection value repeats its field) as the page's form would, with the token. */
    Response post(String path, Map<String, ?> fields) {
        if (token == null) {
            get("/admin/roles");
        }
        RequestSpecification request = spec().cookie("lull-csrf", csrfCookie).contentType(ContentType.URLENC)
                .formParam("csrf-token", token);
        fields.forEach((name, value) -> {
            if (value instanceof Collection<?> values) {
                request.formParam(name, values.toArray());
            } else {
                request.formParam(name, value);
            }
        });
        return request.post(path);
    }

    private RequestSpecification spec() {
        RequestSpecification spec = given().redirects().follow(false).cookie("lull-session", session);
        return csrfCookie == null ? spec : spec.cookie("lull-csrf", csrfCookie);
    }

    private void remember(Response page) {
        if (page.getCookie("lull-csrf") != null) {
            csrfCookie = page.getCookie("lull-csrf");
        }
        Matcher found = TOKEN.matcher(page.asString());
        if (found.find()) {
            token = found.group(1);
        }
    }
}
