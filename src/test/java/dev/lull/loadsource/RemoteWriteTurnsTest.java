package dev.lull.loadsource;

import static org.hamcrest.Matchers.containsString;

import java.time.Instant;
import java.time.temporal.ChronoUnit;

import jakarta.inject.Inject;

import org.junit.jupiter.api.DisplayNameGeneration;
import org.junit.jupiter.api.DisplayNameGenerator;
import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;

import dev.lull.Api;
import dev.lull.load.IngestTurns;
import dev.lull.load.LoadConfig;
import dev.lull.load.TakenTurns;

/** Remote write takes the same ingest turns: with all taken, Prometheus is told to send again. */
@QuarkusTest
@DisplayNameGeneration(DisplayNameGenerator.ReplaceUnderscores.class)
class RemoteWriteTurnsTest {
    @Inject
    IngestTurns turns;

    @Inject
    LoadConfig config;

    @Test
    void a_write_that_finds_every_ingest_turn_taken_is_a_503_with_retry_after() throws Exception {
        String host = Api.host("rwturns", null);
        Instant at = Api.now().minus(1, ChronoUnit.HOURS).truncatedTo(ChronoUnit.MINUTES);
        byte[] body = new RemoteWrites().of("lull_messages", host, at, 10).body();
        try (TakenTurns taken = TakenTurns.all(turns, config.maxConcurrentIngests())) {
            RemoteWrites.post(body, 503).header("Retry-After", "5").body("detail", containsString("Too many ingests"));
        }
        RemoteWrites.post(body, 204).header("X-Lull-Points-Stored", "1");
    }
}
