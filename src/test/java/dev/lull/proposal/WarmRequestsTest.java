package dev.lull.proposal;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.ServerSocket;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.DisplayNameGeneration;
import org.junit.jupiter.api.DisplayNameGenerator.ReplaceUnderscores;
import org.junit.jupiter.api.Test;

import io.vertx.core.Vertx;
import io.vertx.core.http.HttpServer;

/** A replica's own questions: sent with the pass in turn over the hosts, counted, stopped when told or at the end. */
@DisplayNameGeneration(ReplaceUnderscores.class)
class WarmRequestsTest {
    private final Vertx vertx = Vertx.vertx();

    @AfterEach
    void close() throws Exception {
        vertx.close().toCompletionStage().toCompletableFuture().get(10, TimeUnit.SECONDS);
    }

    @Test
    void questions_go_in_turn_with_the_pass_and_the_answers_that_are_200_count() throws Exception {
        Set<String> asked = ConcurrentHashMap.newKeySet();
        Set<String> passes = ConcurrentHashMap.newKeySet();
        AtomicInteger ok = new AtomicInteger();
        AtomicInteger all = new AtomicInteger();
        HttpServer server = vertx.createHttpServer().requestHandler(request -> {
            all.incrementAndGet();
            asked.add(request.uri());
            passes.add(String.valueOf(request.getHeader("Authorization")));
            boolean found = !request.uri().endsWith("%20c");
            if (found) {
                ok.incrementAndGet();
            }
            request.response().setStatusCode(found ? 200 : 404).end("{}");
        }).listen(0).toCompletionStage().toCompletableFuture().get(10, TimeUnit.SECONDS);
        Instant stop = Instant.now().plusMillis(500);

        int answered = new WarmRequests(vertx, server.actualPort(), "Basic x", List.of("a", "b c"))
                .sendUntil(() -> Instant.now().isAfter(stop), Instant.now().plusSeconds(10), 2);

        assertThat(asked).contains("/api/v1/hosts/a/proposals", "/api/v1/hosts/a/proposals?duration=PT1H",
                "/api/v1/hosts/a", "/api/v1/hosts/b%20c/proposals", "/api/v1/hosts/b%20c");
        assertThat(passes).containsExactly("Basic x");
        assertThat(answered).as("the 200s, not the 404s").isPositive().isEqualTo(ok.get())
                .isLessThan(all.get());
    }

    @Test
    void nothing_listening_is_no_answer_and_it_still_stops() throws IOException, InterruptedException {
        int port;
        try (ServerSocket socket = new ServerSocket(0)) {
            port = socket.getLocalPort();
        }
        Instant started = Instant.now();
        Instant stop = started.plusMillis(300);

        int answered = new WarmRequests(vertx, port, "Basic x", List.of("a"))
                .sendUntil(() -> Instant.now().isAfter(stop), Instant.now().plusSeconds(10), 2);

        assertThat(answered).isZero();
        assertThat(Duration.between(started, Instant.now())).isLessThan(Duration.ofSeconds(5));
    }

    @Test
    void no_hosts_is_no_question() throws InterruptedException {
        assertThat(new WarmRequests(vertx, 1, "Basic x", List.of()).sendUntil(() -> false, Instant.now(), 2))
                .isZero();
    }
}
