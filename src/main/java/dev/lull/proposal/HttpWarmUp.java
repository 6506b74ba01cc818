package dev.lull.proposal;

import java.lang.management.CompilationMXBean;
import java.lang.management.ManagementFactory;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.atomic.AtomicBoolean;

import jakarta.enterprise.context.ApplicationScoped;

import org.jboss.logging.Logger;

import io.quarkus.vertx.http.HttpServer;
import io.vertx.core.Vertx;

import dev.lull.platform.WarmUpPass;

/**
 * The last step of the warm-up after a start: asks warmed hosts' questions over the replica's own HTTP port
 * ({@link WarmRequests}, with a {@link WarmUpPass} revoked right after), so that the HTTP, security and JSON code is
 * compiled too, until the JIT compiler has caught up ({@link CompilerQuiet}) or the time given has passed.
 */
@ApplicationScoped
class HttpWarmUp {
    private static final Logger LOG = Logger.getLogger(HttpWarmUp.class);
    /** How many of its own requests the replica has in flight at once while it warms its HTTP path. */
    private static final int CONNECTIONS = 4;
    /** How often the compiler's time is read while the replica asks its own questions. */
    private static final long COMPILER_READ_EVERY_MILLIS = 500;
    private final HttpServer server;
    private final Vertx vertx;
    private final WarmUpPass pass;

    HttpWarmUp(HttpServer server, Vertx vertx, WarmUpPass pass) {
        this.server = server;
        this.vertx = vertx;
        this.pass = pass;
    }

    /**
     * Asks {@code hosts}' questions until the compiler is quiet, for {@code during} at most and not past
     * {@code deadline}; how many were answered 200.
     */
    int ask(List<String> hosts, Duration during, Instant deadline) throws InterruptedException {
        Instant until = Instant.now().plus(during);
        Instant end = until.isBefore(deadline) ? until : deadline;
        if (hosts.isEmpty() || !Instant.now().isBefore(end)) {
            return 0;
        }
        AtomicBoolean quiet = new AtomicBoolean();
        long reads = watchCompiler(quiet);
        try {
            int ok = new WarmRequests(vertx, server.getPort(), pass.open(), hosts)
                    .sendUntil(() -> quiet.get() || !Instant.now().isBefore(end), end, CONNECTIONS);
            LOG.infof("answered %d of its own requests over HTTP after the start, %s", ok,
                    quiet.get() ? "until the compiler was quiet" : "for as long as it was given");
            return ok;
        } finally {
            vertx.cancelTimer(reads);
            pass.revoke();
        }
    }

    /** Reads the compiler's time every so often and sets {@code quiet} once it has caught up; the timer's id. */
    private long watchCompiler(AtomicBoolean quiet) {
        CompilationMXBean compiler = ManagementFactory.getCompilationMXBean();
        if (compiler == null || !compiler.isCompilationTimeMonitoringSupported()) {
            return -1;
        }
        CompilerQuiet rule = CompilerQuiet.standard();
        return vertx.setPeriodic(COMPILER_READ_EVERY_MILLIS, id -> {
            if (rule.quietAt(System.nanoTime() / 1_000_000, compiler.getTotalCompilationTime())) {
                quiet.set(true);
            }
        });
    }
}
