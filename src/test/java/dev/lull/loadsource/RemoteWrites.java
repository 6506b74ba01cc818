package dev.lull.loadsource;

import static io.restassured.RestAssured.given;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.xerial.snappy.Snappy;

import com.google.protobuf.ByteString;
import com.google.protobuf.CodedOutputStream;

import io.restassured.response.ValidatableResponse;
import io.restassured.specification.RequestSpecification;

/** Builds remote write 1.0 bodies (snappy WriteRequest) and posts them to /api/v1/load/prometheus. */
final class RemoteWrites {
    private final List<byte[]> series = new ArrayList<>();

    /** A series with these labels (name first) and samples: alternating instants and values. */
    RemoteWrites series(Map<String, String> labels, Object... samples) {
        try {
            ByteArrayOutputStream bytes = new ByteArrayOutputStream();
            CodedOutputStream out = CodedOutputStream.newInstance(bytes);
            for (Map.Entry<String, String> label : labels.entrySet()) {
                out.writeBytes(1, message(label.getKey(), label.getValue()));
            }
            for (int i = 0; i < samples.length; i += 2) {
                out.writeBytes(2, sample((Instant) samples[i], ((Number) samples[i + 1]).doubleValue()));
            }
            out.flush();
            series.add(bytes.toByteArray());
            return this;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A series of {@code metric} for the host (label instance) and samples: alternating instants and values. */
    RemoteWrites of(String metric, String host, Object... samples) {
        Map<String, String> labels = new LinkedHashMap<>();
        labels.put("__name__", metric);
        labels.put("instance", host);
        labels.put("job", "test");
        return series(labels, samples);
    }

    /** The WriteRequest, uncompressed. */
    byte[] request() {
        try {
            ByteArrayOutputStream bytes = new ByteArrayOutputStream();
            CodedOutputStream out = CodedOutputStream.newInstance(bytes);
            for (byte[] one : series) {
                out.writeByteArray(1, one);
            }
            out.flush();
            return bytes.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The body as Prometheus sends it: the WriteRequest in a snappy block. */
    byte[] body() {
        return snappy(request());
    }

    static byte[] snappy(byte[] raw) {
        try {
            return Snappy.compress(raw);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A remote write request as Prometheus makes it, as that demo user (password lull), or anonymous if null. */
    static RequestSpecification as(String user) {
        RequestSpecification request = given().contentType("application/x-protobuf")
                .header("Content-Encoding", "snappy").header("X-Prometheus-Remote-Write-Version", "0.1.0")
                .log().ifValidationFails();
        return user == null ? request : request.auth().preemptive().basic(user, "lull");
    }

    /** Posts the body as the ingest user and expects that status. */
    static ValidatableResponse post(byte[] body, int status) {
        return as("ingest").body(body).post("/api/v1/load/prometheus").then().log().ifValidationFails()
                .statusCode(status);
    }

    private static ByteString message(String name, String value) throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        CodedOutputStream out = CodedOutputStream.newInstance(bytes);
        out.writeString(1, name);
        out.writeString(2, value);
        out.flush();
        return ByteString.copyFrom(bytes.toByteArray());
    }

    private static ByteString sample(Instant at, double value) throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        CodedOutputStream out = CodedOutputStream.newInstance(bytes);
        out.writeDouble(1, value);
        out.writeInt64(2, at.toEpochMilli());
        out.flush();
        return ByteString.copyFrom(bytes.toByteArray());
    }
}
