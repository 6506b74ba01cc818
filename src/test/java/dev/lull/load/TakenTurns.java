package dev.lull.load;

import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;

/** Every ingest turn held by a thread of its own until closed, as long-running ingests would hold them. */
public final class TakenTurns implements AutoCloseable {
    private final CountDownLatch release = new CountDownLatch(1);
    private final ExecutorService holders;

    private TakenTurns(IngestTurns turns, int count) throws InterruptedException {
        CountDownLatch holding = new CountDownLatch(count);
        holders = Executors.newFixedThreadPool(count);
        for (int i = 0; i < count; i++) {
            holders.submit(() -> turns.inTurn(() -> {
                holding.countDown();
                return released();
            }));
        }
        if (!holding.await(10, TimeUnit.SECONDS)) {
            throw new IllegalStateException("the turns were not all taken");
        }
    }

    /** Takes all of the {@code count} turns there are. */
    public static TakenTurns all(IngestTurns turns, int count) throws InterruptedException {
        return new TakenTurns(turns, count);
    }

    private boolean released() {
        try {
            return release.await(30, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }

    /** Gives the turns back, and waits until they are. */
    @Override
    public void close() throws InterruptedException {
        release.countDown();
        holders.shutdown();
        if (!holders.awaitTermination(10, TimeUnit.SECONDS)) {
            throw new IllegalStateException("the turns were not given back");
        }
    }
}
