package dev.lull.loadsource;

import java.io.IOException;
import java.io.InputStream;
import java.net.ConnectException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/** Asks Prometheus' HTTP API for a range query (POST /api/v1/query_range) and reads its matrix. */
@ApplicationScoped
class PrometheusClient {
    private static final int MAX_ERROR_TEXT = 500;
    private final HttpClient client;
    private final ObjectMapper mapper;
    private final Duration timeout;

    PrometheusClient(LoadSourceConfig config, ObjectMapper mapper) {
        this.timeout = config.timeout();
        this.mapper = mapper;
        this.client = HttpClient.newBuilder().connectTimeout(timeout).followRedirects(HttpClient.Redirect.NEVER)
                .build();
    }

    /** The series the query returns over [start, end] at {@code step}; a failure throws {@link PullFailure}. */
    List<List<Point>> queryRange(SourceSettings source, String query, Instant start, Instant end, Duration step) {
        String form = "query=" + URLEncoder.encode(query, StandardCharsets.UTF_8) + "&start=" + start.getEpochSecond()
                + "&end=" + end.getEpochSecond() + "&step=" + step.toSeconds();
        HttpRequest.Builder request = HttpRequest.newBuilder(endpoint(source.url())).timeout(timeout)
                .header("Content-Type", "application/x-www-form-urlencoded").header("Accept", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(form));
        source.auth().header().ifPresent(value -> request.header("Authorization", value));
        try {
            HttpResponse<InputStream> response = client.send(request.build(),
                    HttpResponse.BodyHandlers.ofInputStream());
            try (InputStream body = response.body()) {
                return matrix(response.statusCode(), body);
            }
        } catch (ConnectException e) {
            throw new PullFailure("cannot connect to " + source.url() + ": connection refused");
        } catch (HttpTimeoutException e) {
            throw new PullFailure(source.url() + " did not answer within " + timeout);
        } catch (IOException e) {
            throw new PullFailure("asking " + source.url() + " failed: " + e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new PullFailure("interrupted while asking " + source.url());
        }
    }

    private static URI endpoint(URI base) {
        String path = base.getPath() == null || base.getPath().isEmpty() ? "" : base.getPath().replaceAll("/+$", "");
        return base.resolve(path + "/api/v1/query_range");
    }

    private List<List<Point>> matrix(int status, InputStream body) throws IOException {
        JsonNode answer;
        try {
            answer = mapper.readTree(body);
        } catch (IOException e) {
            throw new PullFailure("Prometheus answered " + status + " with a body that is not JSON");
        }
        if (status != 200 || !"success".equals(answer.path("status").asText())) {
            String error = answer.path("errorType").asText("HTTP " + status) + ": " + answer.path("error").asText("");
            throw new PullFailure(error.length() > MAX_ERROR_TEXT ? error.substring(0, MAX_ERROR_TEXT) + "…" : error);
        }
        JsonNode data = answer.path("data");
        if (!"matrix".equals(data.path("resultType").asText())) {
            throw new PullFailure("the query returned a " + data.path("resultType").asText() + ", not a range vector");
        }
        List<List<Point>> series = new ArrayList<>();
        for (JsonNode one : data.path("result")) {
            List<Point> points = new ArrayList<>();
            for (JsonNode value : one.path("values")) {
                points.add(new Point(Instant.ofEpochMilli(Math.round(value.path(0).asDouble() * 1000)),
                        number(value.path(1).asText())));
            }
            series.add(points);
        }
        return series;
    }

    private static double number(String text) {
        return switch (text) {
            case "+Inf" -> Double.POSITIVE_INFINITY;
            case "-Inf" -> Double.NEGATIVE_INFINITY;
            default -> {
                try {
                    yield Double.parseDouble(text);
                } catch (NumberFormatException e) {
                    throw new PullFailure("Prometheus returned the value '" + text + "', not a number");
                }
            }
        };
    }

    /** One point of a series: a step instant and its value. */
    record Point(Instant at, double value) {
    }
}
