package dev.lull.proposal;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;

import java.time.Duration;
import java.time.Instant;

import jakarta.inject.Inject;

import org.junit.jupiter.api.DisplayNameGeneration;
import org.junit.jupiter.api.DisplayNameGenerator.ReplaceUnderscores;
import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;

import dev.lull.platform.WarmUpPass;

/** The fits made right after a start, and the readiness that waits for them. */
@QuarkusTest
@DisplayNameGeneration(ReplaceUnderscores.class)
class FitWarmUpTest {
    @Inject
    FitWarmUp warmUp;

    @Inject
    FitCache fits;

    @Inject
    ProposalCache answers;

    @Inject
    WarmUpPass pass;

    @Test
    void the_fits_of_ingested_hosts_are_made_and_the_replica_is_then_ready() {
        String host = ProposalResourceTest.hostWithHistory(null);
        long before = fits.weight();

        int made = warmUp.run();

        assertThat(made).as("fits made for the hosts with history").isPositive();
        assertThat(fits.weight()).as("held in the fit cache").isGreaterThanOrEqualTo(before);
        assertThat(answers.snapshot().values()).as("the standard question answered for the host")
                .anyMatch(answer -> answer.view().host().equals(host) && !answer.view().candidates().isEmpty());
        assertThat(warmUp.ready()).isTrue();
        given().get("/q/health/ready").then().statusCode(200).body("status", equalTo("UP"))
                .body("checks.name", hasItem("proposal-fits-warm-up"));
    }

    @Test
    void then_the_answered_hosts_are_asked_over_http_with_a_pass_revoked_after() throws InterruptedException {
        ProposalResourceTest.hostWithHistory(null);
        warmUp.run();
        String earlier = pass.open();

        int answered = warmUp.askOverHttp(Duration.ofMillis(800), Instant.now().plusSeconds(30));

        assertThat(answered).as("its own requests answered 200").isPositive();
        assertThat(pass.isOpen()).as("its own pass revoked").isFalse();
        given().header("Authorization", earlier).get("/api/v1/clusters").then().statusCode(401);
    }

    @Test
    void asking_over_http_stops_at_the_deadline() throws InterruptedException {
        ProposalResourceTest.hostWithHistory(null);
        warmUp.run();

        assertThat(warmUp.askOverHttp(Duration.ofSeconds(30), Instant.now())).isZero();
        assertThat(warmUp.askOverHttp(Duration.ZERO, Instant.now().plusSeconds(30))).isZero();
    }
}
