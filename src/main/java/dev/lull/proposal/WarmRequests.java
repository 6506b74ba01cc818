package dev.lull.proposal;

import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * A replica's own questions, sent to itself over loopback HTTP for a while after its start: each warmed host's
 * standard question, another duration, and the host itself, in turn on a few connections, so that the HTTP, security,
 * resource and JSON code is compiled before the replica takes traffic. Counts the answers that were 200.
 */
final class WarmRequests {
    private static final List<String> QUESTIONS = List.of("/proposals", "/proposals?duration=PT1H", "");
    private static final Duration PAUSE_WHILE_NOT_LISTENING = Duration.ofMillis(100);
    private final URI base;
    private final String authorization;
    private final List<String> hosts;
    private final HttpClient client = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(2)).build();
    private final AtomicInteger next = new AtomicInteger();
    private final AtomicInteger answered = new AtomicInteger();

    /** Questions about {@code hosts} to the service at {@code base}, presenting {@code authorization}. */
    WarmRequests(URI base, String authorization, List<String> hosts) {
        this.base = base;
        this.authorization = authorization;
        this.hosts = List.copyOf(hosts);
    }

    /** Sends on {@code connections} threads until {@code until}; how many were answered 200. */
    int sendUntil(Instant until, int connections) throws InterruptedException {
        if (hosts.isEmpty()) {
            return 0;
        }
        List<Thread> threads = new ArrayList<>();
        for (int i = 0; i < connections; i++) {
            Thread thread = new Thread(() -> loop(until), "warm-requests-" + i);
            thread.setDaemon(true);
            thread.start();
            threads.add(thread);
        }
        for (Thread thread : threads) {
            thread.join();
        }
        return answered.get();
    }

    private void loop(Instant until) {
        while (Instant.now().isBefore(until) && !Thread.currentThread().isInterrupted()) {
            try {
                if (client.send(request(next.getAndIncrement()), HttpResponse.BodyHandlers.discarding())
                        .statusCode() == 200) {
                    answered.incrementAndGet();
                }
            } catch (IOException e) {
                pause();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
    }

    private HttpRequest request(int n) {
        String host = URLEncoder.encode(hosts.get(Math.floorMod(n / QUESTIONS.size(), hosts.size())),
                StandardCharsets.UTF_8).replace("+", "%20");
        URI uri = base.resolve("/api/v1/hosts/" + host + QUESTIONS.get(Math.floorMod(n, QUESTIONS.size())));
        return HttpRequest.newBuilder(uri).header("Authorization", authorization).timeout(Duration.ofSeconds(10))
                .GET().build();
    }

    private static void pause() {
        try {
            Thread.sleep(PAUSE_WHILE_NOT_LISTENING.toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
