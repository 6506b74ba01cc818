package dev.lull.platform;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.io.IOException;
import java.net.ConnectException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.LongAdder;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import dev.lull.PackagedService;

/**
 * Starts the packaged application, keeps it busy with uncached requests, sends it SIGTERM and checks that no
 * accepted request fails: every answer is a 200 or a 503 problem, and the process stops well inside its timeout.
 */
class GracefulShutdownIT {
    private static final int CLIENTS = 8;
    private static final String AUTH = "Basic " + Base64.getEncoder().encodeToString("admin:lull".getBytes());
    private final HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(5)).build();
    private final AtomicBoolean draining = new AtomicBoolean();
    private PackagedService service;
    private Process app;

    @AfterEach
    void stop() {
        if (service != null) {
            service.close();
        }
    }

    @Test
    void sigtermUnderLoadFinishesAcceptedRequestsAndRefusesNewOnesWith503() throws Exception {
        Path log = Files.createTempFile("lull-shutdown", ".log");
        service = start(log);
        app = service.process();
        String base = service.base();
        service.awaitReady(Duration.ofSeconds(90));
        seed(base);

        Map<String, LongAdder> outcomes = new ConcurrentHashMap<>();
        List<String> failures = Collections.synchronizedList(new ArrayList<>());
        AtomicInteger counter = new AtomicInteger();
        ExecutorService clients = Executors.newFixedThreadPool(CLIENTS);
        for (int i = 0; i < CLIENTS; i++) {
            clients.submit(() -> hammer(base, counter, outcomes, failures));
        }
        await().atMost(Duration.ofSeconds(60)).until(() -> answered(outcomes) >= 50);
        Instant term = Instant.now();
        app.destroy();
        boolean exited = app.waitFor(30, TimeUnit.SECONDS);
        Duration stopping = Duration.between(term, Instant.now());
        clients.shutdown();
        assertThat(clients.awaitTermination(30, TimeUnit.SECONDS)).isTrue();

        System.out.printf("outcomes %s, stopped in %s%n", outcomes, stopping);
        String output = Files.readString(log);
        assertThat(exited).as("stopped within 30 s").isTrue();
        assertThat(stopping).as("drained well before the 20 s timeout").isLessThan(Duration.ofSeconds(10));
        assertThat(failures).as("requests that failed after being accepted").isEmpty();
        assertThat(answered(outcomes)).as("answered").isPositive();
        assertThat(outcomes.getOrDefault("503", new LongAdder()).sum()).as("refused while draining").isPositive();
        assertThat(outcomes.keySet()).isSubsetOf("200", "503", "refused", "reset while closing");
        assertThat(output).doesNotContain("ERROR").doesNotContain("Timed out waiting for graceful shutdown")
                .contains("All HTTP requests complete");
    }

    private static long answered(Map<String, LongAdder> outcomes) {
        return outcomes.getOrDefault("200", new LongAdder()).sum();
    }

    private void hammer(String base, AtomicInteger counter, Map<String, LongAdder> outcomes, List<String> failures) {
        while (true) {
            int n = counter.incrementAndGet();
            String path = n % 5 == 0
                    ? "/api/v1/hosts/drain-01/proposals/backtest?weeks=4&duration=PT" + (1 + n % 7)
                            + "H"
                    : "/api/v1/hosts/drain-01/proposals?duration=PT" + (30 + n % 600) + "M";
            try {
                HttpResponse<String> response = http.send(get(base + path), HttpResponse.BodyHandlers.ofString());
                String status = String.valueOf(response.statusCode());
                if (response.statusCode() == 503 && !response.body().contains("\"status\":503")) {
                    failures.add("503 without a problem body: " + response.body());
                } else if (response.statusCode() != 200 && response.statusCode() != 503) {
                    failures.add(status + " " + path + ": " + response.body());
                }
                draining.compareAndSet(false, response.statusCode() == 503);
                outcomes.computeIfAbsent(status, k -> new LongAdder()).increment();
            } catch (ConnectException refused) {
                outcomes.computeIfAbsent("refused", k -> new LongAdder()).increment();
                return;
            } catch (IOException | InterruptedException e) {
                if (draining.get()) {
                    // the listener closed under a connection it had not read a request from: nothing was accepted
                    outcomes.computeIfAbsent("reset while closing", k -> new LongAdder()).increment();
                } else {
                    failures.add(path + ": " + e);
                }
                return;
            }
        }
    }

    private static PackagedService start(Path log) throws IOException {
        Map<String, String> env = new HashMap<>();
        env.put("QUARKUS_SECURITY_USERS_EMBEDDED_USERS_ADMIN", "lull");
        env.put("QUARKUS_SECURITY_USERS_EMBEDDED_ROLES_ADMIN", "admin");
        env.put("QUARKUS_SHUTDOWN_DELAY", "1s");
        // jobs run often, so that one is likely to be due during the shutdown (they are paused when it begins)
        env.put("LULL_NOTIFY_DELIVERY_EVERY", "1s");
        env.put("LULL_NOTIFY_PRUNE_EVERY", "1s");
        env.put("LULL_AVAILABILITY_THRESHOLD_CHECK_EVERY", "1s");
        env.put("LULL_SERVICELEVEL_BUDGET_CHECK_EVERY", "1s");
        env.put("LULL_CHANGES_REMINDER_EVERY", "1s");
        env.put("LULL_LOAD_RETENTION_EVERY", "1s");
        return PackagedService.start("lull_it_shutdown", env, log);
    }

    private void seed(String base) throws Exception {
        post(base + "/api/v1/hosts", "application/json", "{\"name\":\"drain-01\",\"timeZone\":\"Europe/Paris\"}");
        StringBuilder csv = new StringBuilder("host,at,messages\n");
        Instant start = Instant.now().truncatedTo(ChronoUnit.HOURS).minus(Duration.ofDays(56));
        for (int h = 0; h < 56 * 24; h++) {
            csv.append("drain-01,").append(start.plus(Duration.ofHours(h))).append(',').append(100 + (h * 37) % 900)
                    .append('\n');
        }
        post(base + "/api/v1/load", "text/csv", csv.toString());
    }

    private void post(String url, String type, String body) throws Exception {
        HttpResponse<String> response = http.send(HttpRequest.newBuilder(URI.create(url)).header("Authorization", AUTH)
                .header("Content-Type", type).POST(HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8))
                .build(), HttpResponse.BodyHandlers.ofString());
        assertThat(response.statusCode()).as(response.body()).isBetween(200, 299);
    }

    private static HttpRequest get(String url) {
        return HttpRequest.newBuilder(URI.create(url)).header("Authorization", AUTH).timeout(Duration.ofSeconds(30))
                .build();
    }

}
