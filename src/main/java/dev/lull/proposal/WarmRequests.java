package dev.lull.proposal;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.BooleanSupplier;

import org.jboss.logging.Logger;

import io.vertx.core.Vertx;
import io.vertx.core.http.HttpClient;
import io.vertx.core.http.HttpClientOptions;
import io.vertx.core.http.HttpHeaders;
import io.vertx.core.http.HttpMethod;
import io.vertx.core.http.PoolOptions;
import io.vertx.core.http.RequestOptions;

/**
 * A replica's own questions, sent to itself over loopback HTTP for a while after its start: each warmed host's
 * standard question, another duration, and the host itself, in turn on a few connections, so that the HTTP, security,
 * resource and JSON code is compiled before the replica takes traffic. It uses Vert.x' own client, whose code is
 * mostly the server's (Netty's HTTP codec, the event loops), so the compiler's time goes to what traffic runs. Counts
 * the answers that were 200.
 */
final class WarmRequests {
    private static final Logger LOG = Logger.getLogger(WarmRequests.class);
    private static final List<String> QUESTIONS = List.of("/proposals", "/proposals?duration=PT1H", "");
    private static final long PAUSE_AFTER_FAILURE_MILLIS = 100;
    private static final long TIMEOUT_MILLIS = 10_000;
    private final Vertx vertx;
    private final int port;
    private final String authorization;
    private final List<String> hosts;
    private final AtomicInteger next = new AtomicInteger();
    private final AtomicInteger answered = new AtomicInteger();

    /** Questions about {@code hosts} to the service on 127.0.0.1:{@code port}, presenting {@code authorization}. */
    WarmRequests(Vertx vertx, int port, String authorization, List<String> hosts) {
        this.vertx = vertx;
        this.port = port;
        this.authorization = authorization;
        this.hosts = List.copyOf(hosts);
    }

    /**
     * Sends on {@code connections} connections until {@code enough} says so (which it must by {@code end}; it stops
     * waiting a request's timeout after that); how many were answered 200.
     */
    int sendUntil(BooleanSupplier enough, Instant end, int connections) throws InterruptedException {
        if (hosts.isEmpty()) {
            return 0;
        }
        HttpClient client = vertx.createHttpClient(new HttpClientOptions().setDefaultHost("127.0.0.1")
                .setDefaultPort(port).setKeepAlive(true), new PoolOptions().setHttp1MaxSize(connections));
        CountDownLatch stopped = new CountDownLatch(connections);
        try {
            for (int i = 0; i < connections; i++) {
                send(client, enough, stopped);
            }
            Duration wait = Duration.between(Instant.now(), end).plusMillis(2 * TIMEOUT_MILLIS);
            if (!stopped.await(Math.max(0, wait.toMillis()), TimeUnit.MILLISECONDS)) {
                LOG.warn("the replica's own requests did not stop in time; they are abandoned");
            }
        } finally {
            client.close();
        }
        return answered.get();
    }

    /**
     * Sends the next question, and when it is answered the one after, until {@code enough}; a connection that cannot
     * go on (the client or Vert.x closing) stops.
     */
    private void send(HttpClient client, BooleanSupplier enough, CountDownLatch stopped) {
        try {
            if (enough.getAsBoolean()) {
                stopped.countDown();
                return;
            }
            client.request(request(next.getAndIncrement()))
                    .compose(request -> request.send())
                    .compose(response -> {
                        if (response.statusCode() == 200) {
                            answered.incrementAndGet();
                        }
                        return response.end();
                    })
                    .onComplete(done -> after(done.succeeded(), client, enough, stopped));
        } catch (RuntimeException e) {
            stopped.countDown();
        }
    }

    /** Goes on at once after an answer, a moment later after a failure (the port not listening yet, say). */
    private void after(boolean answeredAtAll, HttpClient client, BooleanSupplier enough, CountDownLatch stopped) {
        if (answeredAtAll) {
            send(client, enough, stopped);
            return;
        }
        try {
            vertx.setTimer(PAUSE_AFTER_FAILURE_MILLIS, timer -> send(client, enough, stopped));
        } catch (RuntimeException e) {
            stopped.countDown();
        }
    }

    private RequestOptions request(int n) {
        String host = URLEncoder.encode(hosts.get(Math.floorMod(n / QUESTIONS.size(), hosts.size())),
                StandardCharsets.UTF_8).replace("+", "%20");
        return new RequestOptions().setMethod(HttpMethod.GET).setTimeout(TIMEOUT_MILLIS)
                .setURI("/api/v1/hosts/" + host + QUESTIONS.get(Math.floorMod(n, QUESTIONS.size())))
                .putHeader(HttpHeaders.AUTHORIZATION, authorization);
    }
}
