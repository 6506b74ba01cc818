package dev.lull.silence;

import static dev.lull.Api.as;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.notNullValue;

import java.io.IOException;
import java.net.http.HttpRequest;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import jakarta.inject.Inject;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayNameGeneration;
import org.junit.jupiter.api.DisplayNameGenerator;
import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import io.quarkus.test.junit.QuarkusTest;

import dev.lull.Api;
import dev.lull.MonitoringProcess;

/** Silences in a real Alertmanager follow their changes: created, moved, expired, and they suppress alerts. */
@QuarkusTest
@DisplayNameGeneration(DisplayNameGenerator.ReplaceUnderscores.class)
class AlertmanagerSilenceTest {
    static final Instant T0 = Api.now();
    static final ObjectMapper JSON = new ObjectMapper();
    static MonitoringProcess alertmanager;

    @Inject
    SilenceWorker worker;

    @Inject
    AlertmanagerClient client;

    @BeforeAll
    static void start() throws IOException {
        alertmanager = MonitoringProcess.alertmanager();
    }

    @AfterAll
    static void stop() throws IOException {
        if (alertmanager != null) {
            alertmanager.close();
        }
    }

    static String hostSilencedAt(String url) {
        String host = Api.host("am", null);
        as("admin").body(Map.of("type", "alertmanager", "urls", List.of(url), "matchers",
                List.of(Map.of("name", "instance", "value", "{host}")))).put("/api/v1/hosts/{name}/silencing", host)
                .then().statusCode(201);
        return host;
    }

    static int change(String type, String host, Instant start, Instant end) {
        Map<String, Object> body = new HashMap<>(Map.of("title", "Patch " + host, "type", type, "hosts",
                List.of(host), "window", Map.of("start", start.toString(), "end", end.toString()), "plan",
                List.of(Map.of("title", "patch", "role", Api.role("infra", "manager"), "duration", "PT1H")),
                "backoutPlan", "restore the snapshot", "risk", "LOW"));
        int id = as("requester").body(Api.standardFit(body)).post("/api/v1/changes").then().statusCode(201)
                .extract().path("id");
        as("requester").post("/api/v1/changes/{id}/submit", id).then().statusCode(200);
        if (type.equals("EMERGENCY")) {
            as("manager").body(Map.of("decision", "APPROVE", "comment", "go"))
                    .post("/api/v1/changes/{id}/authorize", id).then().statusCode(200);
        }
        return id;
    }

    static JsonNode silences(int change) throws IOException {
        return JSON.readTree(as("viewer").get("/api/v1/changes/{id}/silences", change).then().statusCode(200)
                .extract().asString()).path("items");
    }

    static JsonNode inAlertmanager(MonitoringProcess process, String silenceId) throws IOException {
        return JSON.readTree(process.get("/api/v2/silence/" + silenceId));
    }

    @Test
    void a_silence_is_created_when_its_change_is_scheduled_moved_on_reschedule_and_expired_on_cancel()
            throws IOException {
        String host = hostSilencedAt(alertmanager.url().toString());
        Instant start = T0.plus(Duration.ofHours(2));
        int change = change("STANDARD", host, start, start.plus(Duration.ofHours(2)));
        as("viewer").get("/api/v1/changes/{id}/silences", change).then().body("items", hasSize(1))
                .body("items[0].state", equalTo("waiting"));

        worker.sendDue(T0);

        JsonNode silence = silences(change).get(0);
        assertThat(silence.path("state").asText()).isEqualTo("pending");
        JsonNode held = inAlertmanager(alertmanager, silence.path("silenceId").asText());
        assertThat(held.path("status").path("state").asText()).isEqualTo("pending");
        assertThat(held.path("createdBy").asText()).isEqualTo("lull");
        assertThat(held.path("comment").asText()).contains("Lull change " + change + ": Patch " + host);
        assertThat(held.path("matchers").get(0).path("value").asText()).isEqualTo(host);
        assertThat(Instant.parse(held.path("endsAt").asText())).isEqualTo(start.plus(Duration.ofHours(2)));

        Instant later = start.plus(Duration.ofDays(1));
        String etag = as("viewer").get("/api/v1/changes/{id}", change).then().extract().header("ETag");
        as("requester").header("If-Match", etag)
                .body(Map.of("start", later.toString(), "end", later.plus(Duration.ofHours(2)).toString()))
                .put("/api/v1/changes/{id}/window", change).then().statusCode(200);
        worker.sendDue(T0);
        JsonNode moved = inAlertmanager(alertmanager, silences(change).get(0).path("silenceId").asText());
        assertThat(Instant.parse(moved.path("startsAt").asText())).isEqualTo(later);
        assertThat(Instant.parse(moved.path("endsAt").asText())).isEqualTo(later.plus(Duration.ofHours(2)));

        as("requester").body(Map.of("reason", "not needed")).post("/api/v1/changes/{id}/cancel", change).then()
                .statusCode(200);
        worker.sendDue(T0);
        assertThat(silences(change).get(0).path("state").asText()).isEqualTo("expired");
        assertThat(inAlertmanager(alertmanager, moved.path("id").asText()).path("status").path("state").asText())
                .isEqualTo("expired");
    }

    @Test
    void an_emergency_change_that_starts_now_silences_now_and_suppresses_its_hosts_alerts() throws Exception {
        String host = hostSilencedAt(alertmanager.url().toString());
        Instant start = T0.plus(Duration.ofHours(1));
        int change = change("EMERGENCY", host, start, start.plus(Duration.ofHours(3)));
        worker.sendDue(T0);
        assertThat(silences(change).get(0).path("state").asText()).isEqualTo("pending");

        as("manager").post("/api/v1/changes/{id}/start", change).then().statusCode(200);
        worker.sendDue(T0);

        String id = silences(change).get(0).path("silenceId").asText();
        assertThat(inAlertmanager(alertmanager, id).path("status").path("state").asText()).isEqualTo("active");
        alertmanager.send(HttpRequest.newBuilder(alertmanager.url().resolve("/api/v2/alerts"))
                .header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString(
                        "[{\"labels\":{\"alertname\":\"HostDown\",\"instance\":\"" + host + "\"}}]"))
                .build());
        Instant deadline = Instant.now().plusSeconds(60);
        String state = "";
        while (!state.equals("suppressed") && Instant.now().isBefore(deadline)) {
            Thread.sleep(250);
            JsonNode alerts = JSON.readTree(alertmanager.get("/api/v2/alerts?filter=instance%3D%22" + host + "%22"));
            state = alerts.path(0).path("status").path("state").asText();
        }
        assertThat(state).as("the alert of the silenced host").isEqualTo("suppressed");
    }

    @Test
    void an_alertmanager_that_is_down_while_scheduling_gets_the_silence_once_when_it_is_up() throws Exception {
        int port = MonitoringProcess.freePort();
        String url = "http://127.0.0.1:" + port;
        String host = hostSilencedAt(url);
        Instant start = T0.plus(Duration.ofHours(2));
        int change = change("STANDARD", host, start, start.plus(Duration.ofHours(2)));

        worker.sendDue(T0);
        as("viewer").get("/api/v1/changes/{id}/silences", change).then().body("items[0].state", equalTo("waiting"))
                .body("items[0].lastError", containsString("connection refused")).body("items[0].attempts",
                        equalTo(1));

        try (MonitoringProcess late = MonitoringProcess.alertmanager(port)) {
            ExecutorService replicas = Executors.newFixedThreadPool(2);
            CountDownLatch go = new CountDownLatch(1);
            List<Future<Integer>> runs = new ArrayList<>();
            for (int i = 0; i < 2; i++) {
                runs.add(replicas.submit(() -> {
                    go.await();
                    return worker.sendDue(T0.plus(Duration.ofMinutes(1)));
                }));
            }
            go.countDown();
            for (Future<Integer> run : runs) {
                run.get(2, TimeUnit.MINUTES);
            }
            replicas.shutdown();

            as("viewer").get("/api/v1/changes/{id}/silences", change).then().body("items[0].state",
                    equalTo("pending")).body("items[0].silenceId", notNullValue())
                    .body("items[0].lastError", equalTo(null));
            JsonNode all = JSON.readTree(late.get("/api/v2/silences"));
            assertThat(all).as("one silence, sent once by two replicas").hasSize(1);
        }
    }

    @Test
    void a_window_that_ended_before_the_silence_was_sent_needs_none_and_an_unknown_id_expires_as_gone()
            throws IOException {
        String host = hostSilencedAt(alertmanager.url().toString());
        Instant start = T0.plus(Duration.ofHours(2));
        int change = change("STANDARD", host, start, start.plus(Duration.ofHours(2)));

        worker.sendDue(start.plus(Duration.ofHours(3)));

        assertThat(silences(change).get(0).path("state").asText()).isEqualTo("expired");
        assertThat(silences(change).get(0).hasNonNull("silenceId")).as("never sent").isFalse();
        assertThatCode(() -> client.expire(alertmanager.url().toString(), "00000000-0000-0000-0000-000000000000"))
                .as("Alertmanager answers 500 for an unknown id: already gone").doesNotThrowAnyException();
    }
}
