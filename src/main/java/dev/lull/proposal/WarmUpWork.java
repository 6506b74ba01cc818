package dev.lull.proposal;

import java.time.Instant;
import java.util.Collection;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;

import io.quarkus.arc.Arc;
import io.quarkus.arc.ManagedContext;

/** How the warm-up after a start does its work: on every core until a deadline, each task as a request would. */
final class WarmUpWork {
    private WarmUpWork() {
    }

    /** Runs the tasks on as many threads as there are cores; those not started by {@code deadline} are dropped. */
    static void onEveryCore(Collection<Runnable> tasks, Instant deadline) throws InterruptedException {
        ExecutorService pool = Executors.newFixedThreadPool(Math.max(1, Runtime.getRuntime().availableProcessors()));
        tasks.forEach(task -> pool.execute(() -> {
            if (Instant.now().isBefore(deadline)) {
                task.run();
            }
        }));
        pool.shutdown();
        if (!pool.awaitTermination(Math.max(1, deadline.getEpochSecond() - Instant.now().getEpochSecond()),
                TimeUnit.SECONDS)) {
            pool.shutdownNow();
        }
    }

    /** Runs {@code work} in a request context of its own, as a request would. */
    static <T> T inRequest(Supplier<T> work) {
        ManagedContext context = Arc.container().requestContext();
        context.activate();
        try {
            return work.get();
        } finally {
            context.terminate();
        }
    }
}
