package dev.lull.platform;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;

import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.DisplayNameGeneration;
import org.junit.jupiter.api.DisplayNameGenerator;
import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;

/** A configured but unreadable JWT key: bearer tokens get a 401 that says why, HTTP Basic keeps working. */
@QuarkusTest
@TestProfile(MissingJwtKeyTest.KeyMissing.class)
@DisplayNameGeneration(DisplayNameGenerator.ReplaceUnderscores.class)
class MissingJwtKeyTest {

    /** Points the verification key at a file that does not exist. */
    public static class KeyMissing implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of("mp.jwt.verify.publickey.location", "/nonexistent/lull/public-key.pem");
        }
    }

    @Test
    void a_bearer_token_gets_401_explaining_the_key_is_unavailable() {
        given().auth().oauth2(SecurityTest.token("admin", Set.of("admin"))).get("/api/v1/hosts")
                .then().statusCode(401).contentType("application/problem+json")
                .header("WWW-Authenticate", containsString("Bearer"))
                .body("title", equalTo("Unauthorized"), "detail", containsString("cannot verify bearer tokens"));
    }

    @Test
    void http_basic_still_works() {
        given().auth().preemptive().basic("viewer", "lull").get("/api/v1/hosts").then().statusCode(200);
    }
}
