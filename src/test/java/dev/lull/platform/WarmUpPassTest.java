package dev.lull.platform;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;

import jakarta.inject.Inject;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.DisplayNameGeneration;
import org.junit.jupiter.api.DisplayNameGenerator.ReplaceUnderscores;
import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;

/** The pass a replica gives itself to warm up: a viewer over loopback while open, nothing once revoked. */
@QuarkusTest
@DisplayNameGeneration(ReplaceUnderscores.class)
class WarmUpPassTest {
    @Inject
    WarmUpPass pass;

    @AfterEach
    void revoke() {
        pass.revoke();
    }

    @Test
    void an_open_pass_reads_as_a_viewer_and_no_more() {
        String authorization = pass.open();

        given().header("Authorization", authorization).get("/api/v1/clusters").then().statusCode(200);
        given().header("Authorization", authorization).get("/api/v1/mail/deliveries").then().statusCode(403)
                .contentType("application/problem+json");
        given().header("Authorization", authorization).contentType("application/json")
                .body("{\"name\":\"warm-up-made\",\"minAvailable\":1}").post("/api/v1/clusters")
                .then().statusCode(403);
    }

    @Test
    void a_revoked_or_replaced_pass_is_no_credential() {
        String first = pass.open();
        String second = pass.open();
        given().header("Authorization", first).get("/api/v1/clusters").then().statusCode(401)
                .header("WWW-Authenticate", containsString("Basic")).body("status", equalTo(401));

        pass.revoke();

        given().header("Authorization", second).get("/api/v1/clusters").then().statusCode(401)
                .contentType("application/problem+json");
    }

    @Test
    void a_guessed_empty_or_never_opened_pass_is_no_credential() {
        given().header("Authorization", "LullWarmUp guessed").get("/api/v1/clusters").then().statusCode(401);
        pass.open();
        for (String guess : new String[]{"LullWarmUp ", "LullWarmUp guessed", "LullWarmUp", "lullwarmup x"}) {
            given().header("Authorization", guess).get("/api/v1/clusters").then().statusCode(401)
                    .contentType("application/problem+json");
        }
    }
}
