package dev.lull.load;

import java.io.IOException;
import java.sql.SQLException;

import jakarta.enterprise.context.ApplicationScoped;

import dev.lull.platform.Turns;

/**
 * Ingests take turns: at most {@code lull.load.max-concurrent-ingests} at once hold a database connection, which a large
 * one keeps for seconds to minutes, so that ingests never take the whole pool from reads. One that waits past
 * {@code lull.load.ingest-wait} for its turn is answered 503 (with Retry-After) and stores nothing.
 */
@ApplicationScoped
public class IngestTurns {
    private final Turns turns;

    IngestTurns(LoadConfig config) {
        this.turns = new Turns(config.maxConcurrentIngests(), config.ingestWait(),
                "Too many ingests are running at once; nothing was stored. Send it again later.");
    }

    /** Runs {@code ingest} in its turn, before it opens a transaction. */
    public <T> T inTurn(Ingest<T> ingest) throws IOException, SQLException {
        try (Turns.Turn turn = turns.take()) {
            return ingest.run();
        }
    }

    /** An ingest, which reads its body and stores it in one transaction. */
    @FunctionalInterface
    public interface Ingest<T> {
        T run() throws IOException, SQLException;
    }
}
