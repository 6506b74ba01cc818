package dev.lull.platform;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;

import java.util.Set;

import org.junit.jupiter.api.DisplayNameGeneration;
import org.junit.jupiter.api.DisplayNameGenerator;
import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.smallrye.jwt.build.Jwt;

@QuarkusTest
@DisplayNameGeneration(DisplayNameGenerator.ReplaceUnderscores.class)
class SecurityTest {

    static String token(String user, Set<String> groups) {
        return Jwt.issuer("https://issuer.lull.test").upn(user).groups(groups).expiresIn(300).sign();
    }

    @Test
    void requests_without_credentials_get_401_with_a_challenge() {
        given().get("/api/v1/hosts")
                .then().statusCode(401).contentType("application/problem+json")
                .header("WWW-Authenticate", containsString("Basic"))
                .body("status", equalTo(401), "title", equalTo("Unauthorized"));
    }

    @Test
    void a_wrong_password_gets_401() {
        given().auth().preemptive().basic("admin", "wrong").get("/api/v1/hosts")
                .then().statusCode(401).contentType("application/problem+json");
    }

    @Test
    void a_wrong_password_gets_401_after_the_right_one_was_accepted() {
        given().auth().preemptive().basic("viewer", "lull").get("/api/v1/hosts").then().statusCode(200);
        given().auth().preemptive().basic("viewer", "lul").get("/api/v1/hosts").then().statusCode(401);
        given().auth().preemptive().basic("viewer", "lull ").get("/api/v1/hosts").then().statusCode(401);
        given().auth().preemptive().basic("viewe", "rlull").get("/api/v1/hosts").then().statusCode(401);
        given().auth().preemptive().basic("viewer", "lull").get("/api/v1/hosts").then().statusCode(200);
    }

    @Test
    void a_missing_role_gets_403() {
        given().auth().preemptive().basic("ingest", "lull").get("/api/v1/clusters")
                .then().statusCode(403).contentType("application/problem+json").body("status", equalTo(403));
    }

    @Test
    void a_bearer_jwt_with_groups_authenticates_and_authorizes() {
        given().auth().oauth2(token("ops-bot", Set.of("viewer"))).get("/api/v1/clusters")
                .then().statusCode(200);
        given().auth().oauth2(token("ops-bot", Set.of("viewer"))).contentType("application/json")
                .body("{\"name\":\"jwt-made\",\"minAvailable\":1}").post("/api/v1/clusters")
                .then().statusCode(403);
        given().auth().oauth2(token("root-bot", Set.of("admin"))).get("/api/v1/hosts")
                .then().statusCode(200);
    }

    @Test
    void a_jwt_from_another_issuer_or_a_forged_one_is_refused() {
        String foreign = Jwt.issuer("https://elsewhere.test").upn("x").groups("admin").expiresIn(300).sign();
        given().auth().oauth2(foreign).get("/api/v1/hosts").then().statusCode(401);
        given().auth().oauth2("not.a.jwt").get("/api/v1/hosts").then().statusCode(401);
    }
}
