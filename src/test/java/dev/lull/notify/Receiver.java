package dev.lull.notify;

import static dev.lull.Api.as;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;

/** A webhook receiver for tests: verifies each request's Standard Webhooks signature and answers a set status. */
final class Receiver implements AutoCloseable {
    private final HttpServer server;
    private final List<Received> received = new CopyOnWriteArrayList<>();
    private volatile String secret;
    private volatile Integer webhookId;
    private volatile int status = 204;
    private volatile long delayMillis;

    /** One request as it arrived, and whether its signature matched the secret. */
    record Received(String id, long timestamp, String body, boolean signatureValid, String host) {
    }

    private Receiver() throws IOException {
        server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        server.createContext("/hook", this::handle);
        server.setExecutor(null);
        server.start();
    }

    static Receiver start() throws IOException {
        return new Receiver();
    }

    /** A receiver behind a new webhook for {@code events}, trusting the secret Lull generated for it. */
    static Receiver subscribed(String... events) throws IOException {
        Receiver receiver = new Receiver();
        var created = as("admin").body(Map.of("url", receiver.url(), "events", List.of(events)))
                .post("/api/v1/webhooks").then().statusCode(201).extract();
        receiver.webhookId = created.path("id");
        receiver.trust(created.path("secret"));
        return receiver;
    }

    int webhookId() {
        return webhookId;
    }

    String url() {
        return "http://127.0.0.1:" + port() + "/hook";
    }

    int port() {
        return server.getAddress().getPort();
    }

    /** The secret it verifies signatures with. */
    String secret() {
        return secret;
    }

    /** Trusts the secret the webhook was created with. */
    void trust(String secret) {
        this.secret = secret;
    }

    void answer(int status) {
        this.status = status;
    }

    void delay(long millis) {
        this.delayMillis = millis;
    }

    List<Received> received() {
        return List.copyOf(received);
    }

    private void handle(HttpExchange exchange) throws IOException {
        String body = new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8);
        String id = exchange.getRequestHeaders().getFirst("webhook-id");
        long timestamp = Long.parseLong(exchange.getRequestHeaders().getFirst("webhook-timestamp"));
        String signatures = exchange.getRequestHeaders().getFirst("webhook-signature");
        received.add(new Received(id, timestamp, body, verify(id, timestamp, body, signatures),
                exchange.getRequestHeaders().getFirst("host")));
        pause();
        exchange.sendResponseHeaders(status, -1);
        exchange.close();
    }

    private void pause() {
        try {
            Thread.sleep(delayMillis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /** Checks the signatures the way a receiver should: every {@code v1,} entry, compared in constant time. */
    private boolean verify(String id, long timestamp, String body, String signatures) {
        byte[] expected = hmac(id + "." + timestamp + "." + body);
        for (String signature : signatures.split(" ")) {
            if (signature.startsWith("v1,")
                    && MessageDigest.isEqual(expected, Base64.getDecoder().decode(signature.substring(3)))) {
                return true;
            }
        }
        return false;
    }

    private byte[] hmac(String content) {
        try {
            byte[] key = Base64.getDecoder().decode(secret.substring("whsec_".length()));
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(key, "HmacSHA256"));
            return mac.doFinal(content.getBytes(StandardCharsets.UTF_8));
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    @Override
    public void close() {
        if (webhookId != null) {
            as("admin").delete("/api/v1/webhooks/{id}", webhookId);
        }
        server.stop(0);
    }
}
