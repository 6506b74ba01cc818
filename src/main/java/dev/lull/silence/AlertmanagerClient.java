package dev.lull.silence;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import jakarta.enterprise.context.ApplicationScoped;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/** Alertmanager's API v2 for silences: create or update ({@code POST /api/v2/silences}) and expire. */
@ApplicationScoped
class AlertmanagerClient {
    private final HttpClient client;
    private final ObjectMapper mapper;
    private final Duration timeout;

    AlertmanagerClient(SilenceConfig config, ObjectMapper mapper) {
        this.timeout = config.timeout();
        this.mapper = mapper;
        this.client = HttpClient.newBuilder().connectTimeout(timeout).followRedirects(HttpClient.Redirect.NEVER)
                .build();
    }

    /**
     * Creates the silence, or updates {@code id}; answers the id Alertmanager returns (a new one when it could not
     * update in place). An unknown {@code id} (404) is created afresh.
     */
    String put(String base, String id, List<Matcher> matchers, Instant startsAt, Instant endsAt, String comment) {
        Map<String, Object> silence = new LinkedHashMap<>();
        if (id != null) {
            silence.put("id", id);
        }
        silence.put("matchers", matchers.stream().map(m -> Map.of("name", m.name(), "value", m.value(), "isRegex",
                Boolean.TRUE.equals(m.isRegex()), "isEqual", true)).toList());
        silence.put("startsAt", startsAt.toString());
        silence.put("endsAt", endsAt.toString());
        silence.put("createdBy", "lull");
        silence.put("comment", comment);
        HttpResponse<String> response;
        try {
            response = send(HttpRequest.newBuilder(URI.create(base + "/api/v2/silences"))
                    .header("Content-Type", "application/json")
                    .POST(HttpRequest.BodyPublishers.ofString(mapper.writeValueAsString(silence))));
        } catch (IOException e) {
            throw new AlertmanagerFailure("the silence cannot be written as JSON: " + e.getMessage());
        }
        if (response.statusCode() == 404 && id != null) {
            return put(base, null, matchers, startsAt, endsAt, comment);
        }
        if (response.statusCode() != 200) {
            throw new AlertmanagerFailure(base + " answered " + response.statusCode() + ": " + brief(response.body()));
        }
        try {
            JsonNode answer = mapper.readTree(response.body());
            return answer.path("silenceID").asText();
        } catch (IOException e) {
            throw new AlertmanagerFailure(base + " answered 200 with a body that is not JSON");
        }
    }

    /** Expires the silence; one Alertmanager does not know (500 "not found") or that expired already is gone. */
    void expire(String base, String id) {
        HttpResponse<String> response = send(HttpRequest.newBuilder(URI.create(base + "/api/v2/silence/" + id))
                .DELETE());
        String body = response.body() == null ? "" : response.body().toLowerCase();
        boolean gone = response.statusCode() == 404
                || response.statusCode() == 500 && (body.contains("not found") || body.contains("already expired"));
        if (response.statusCode() != 200 && !gone) {
            throw new AlertmanagerFailure(base + " answered " + response.statusCode() + ": " + brief(response.body()));
        }
    }

    private HttpResponse<String> send(HttpRequest.Builder request) {
        try {
            return client.send(request.timeout(timeout).build(), HttpResponse.BodyHandlers.ofString());
        } catch (java.net.ConnectException e) {
            throw new AlertmanagerFailure("cannot connect to " + request.build().uri().getAuthority()
                    + ": connection refused");
        } catch (IOException e) {
            throw new AlertmanagerFailure("calling Alertmanager failed: " + e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AlertmanagerFailure("interrupted while calling Alertmanager");
        }
    }

    private static String brief(String body) {
        String text = body == null ? "" : body.strip();
        return text.length() > 300 ? text.substring(0, 300) + "…" : text;
    }

    /** A call that did not leave Alertmanager as wanted; retried later. */
    static final class AlertmanagerFailure extends RuntimeException {
        AlertmanagerFailure(String message) {
            super(message, null, false, false);
        }
    }
}
