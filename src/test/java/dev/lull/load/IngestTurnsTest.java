package dev.lull.load;

import static dev.lull.Api.as;
import static dev.lull.Api.ingestCsv;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;

import java.time.Instant;
import java.time.temporal.ChronoUnit;

import jakarta.inject.Inject;

import org.junit.jupiter.api.DisplayNameGeneration;
import org.junit.jupiter.api.DisplayNameGenerator;
import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;

import dev.lull.Api;

/** Ingests beyond {@code lull.load.max-concurrent-ingests} wait their turn, then are refused with nothing stored. */
@QuarkusTest
@DisplayNameGeneration(DisplayNameGenerator.ReplaceUnderscores.class)
class IngestTurnsTest {
    static final Instant AT = Api.now().minus(2, ChronoUnit.DAYS).truncatedTo(ChronoUnit.HOURS);

    @Inject
    IngestTurns turns;

    @Inject
    LoadConfig config;

    @Test
    void an_ingest_that_finds_every_turn_taken_is_a_503_to_retry_and_stores_nothing() throws Exception {
        String host = Api.host("turns", null, "UTC", null);
        String body = "host,at,messages\n" + host + "," + AT + ",7\n";
        try (TakenTurns taken = TakenTurns.all(turns, config.maxConcurrentIngests())) {
            ingestCsv(body, 503).contentType("application/problem+json").header("Retry-After", "5")
                    .body("status", equalTo(503), "detail", containsString("Too many ingests"));
            as("viewer").queryParam("from", AT.toString()).queryParam("step", "PT5M")
                    .get("/api/v1/hosts/{name}/load", host).then().statusCode(200).body("points", hasSize(0));
        }
        ingestCsv(body, 200).body("inserted", equalTo(1));
    }
}
