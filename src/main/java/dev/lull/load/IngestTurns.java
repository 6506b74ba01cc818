package dev.lull.load;

import java.io.IOException;
import java.sql.SQLException;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;

import jakarta.enterprise.context.ApplicationScoped;

import dev.lull.platform.ApiProblem;

/**
 * Ingests take turns: at most {@code lull.load.max-concurrent-ingests} at once hold a database connection, which a large
 * one keeps for seconds to minutes, so that ingests never take the whole pool from reads. One that waits past
 * {@code lull.load.ingest-wait} for its turn is answered 503 (with Retry-After) and stores nothing.
 */
@ApplicationScoped
public class IngestTurns {
    private final Semaphore turns;
    private final long waitMillis;

    IngestTurns(LoadConfig config) {
        this.turns = new Semaphore(Math.max(1, config.maxConcurrentIngests()), true);
        this.waitMillis = config.ingestWait().toMillis();
    }

    /** Runs {@code ingest} in its turn, before it opens a transaction. */
    public <T> T inTurn(Ingest<T> ingest) throws IOException, SQLException {
        if (!acquire()) {
            throw new ApiProblem(503, "Too many ingests are running at once; nothing was stored. Send it again later.");
        }
        try {
            return ingest.run();
        } finally {
            turns.release();
        }
    }

    private boolean acquire() {
        try {
            return turns.tryAcquire(waitMillis, TimeUnit.MILLISECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }

    /** An ingest, which reads its body and stores it in one transaction. */
    @FunctionalInterface
    public interface Ingest<T> {
        T run() throws IOException, SQLException;
    }
}
