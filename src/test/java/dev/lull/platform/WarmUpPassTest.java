package dev.lull.platform;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;

import jakarta.inject.Inject;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.DisplayNameGeneration;
import org.junit.jupiter.api.DisplayNameGenerator.ReplaceUnderscores;
import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;

/** The pass a replica gives itself to warm up: Basic credentials of a viewer while open, a wrong password after. */
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

        assertThat(authorization).startsWith("Basic ");
        given().header("Authorization", authorization).get("/api/v1/me").then().statusCode(200)
                .body("username", equalTo(WarmUpPass.USER));
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
    void a_guessed_or_never_opened_pass_is_no_credential() {
        given().auth().preemptive().basic(WarmUpPass.USER, "guessed").get("/api/v1/clusters").then().statusCode(401);
        pass.open();
        for (String guess : new String[]{"", "guessed", "LullWarmUp"}) {
            given().auth().preemptive().basic(WarmUpPass.USER, guess).get("/api/v1/clusters").then()
                    .statusCode(401).contentType("application/problem+json");
        }
    }
}
