package dev.lull;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.ConnectException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The packaged service ({@code target/quarkus-app/quarkus-run.jar}, what {@code ./mvnw package} builds) as a child
 * process for the failsafe ITs: on a free port, its own schema emptied at start, its output in a log file.
 */
public final class PackagedService implements AutoCloseable {
    /** The demo users of dev mode and their application roles (password {@code lull}); production ships none. */
    public static final Map<String, String> DEMO_USERS = Map.ofEntries(Map.entry("admin", "admin"),
            Map.entry("viewer", "viewer"), Map.entry("requester", "requester"), Map.entry("manager", "change-manager"),
            Map.entry("ingest", "ingest"), Map.entry("gate", "gate"), Map.entry("dba", "viewer"),
            Map.entry("infra", "viewer"), Map.entry("appadmin", "viewer"), Map.entry("ops", "viewer"),
            Map.entry("manager2", "change-manager"));

    private final Process process;
    private final int port;

    private PackagedService(Process process, int port) {
        this.process = process;
        this.port = port;
    }

    /** Starts the jar on a free port against {@code schema}, with these extra environment variables. */
    public static PackagedService start(String schema, Map<String, String> env, Path log) throws IOException {
        int port = freePort();
        ProcessBuilder builder = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-jar", Path.of("target", "quarkus-app", "quarkus-run.jar").toString());
        Map<String, String> environment = builder.environment();
        environment.put("QUARKUS_HTTP_PORT", String.valueOf(port));
        environment.put("QUARKUS_MANAGEMENT_PORT", "0");
        environment.put("QUARKUS_DATASOURCE_JDBC_URL",
                "jdbc:postgresql://127.0.0.1:5432/postgres?currentSchema=" + schema);
        environment.put("QUARKUS_DATASOURCE_USERNAME", "postgres");
        environment.put("QUARKUS_FLYWAY_SCHEMAS", schema);
        environment.put("QUARKUS_FLYWAY_CLEAN_DISABLED", "false");
        environment.put("QUARKUS_FLYWAY_CLEAN_AT_START", "true");
        environment.putAll(env);
        Process process = builder.redirectErrorStream(true).redirectOutput(log.toFile()).start();
        return new PackagedService(process, port);
    }

    /** The environment that gives the service the demo users with their roles. */
    public static Map<String, String> demoUserEnvironment() {
        Map<String, String> env = new LinkedHashMap<>();
        DEMO_USERS.forEach((user, role) -> {
            env.put("QUARKUS_SECURITY_USERS_EMBEDDED_USERS_" + user.toUpperCase(), "lull");
            env.put("QUARKUS_SECURITY_USERS_EMBEDDED_ROLES_" + user.toUpperCase(), role);
        });
        return env;
    }

    /** {@code http://127.0.0.1:<port>}. */
    public String base() {
        return "http://127.0.0.1:" + port;
    }

    public int port() {
        return port;
    }

    public Process process() {
        return process;
    }

    /** Waits until {@code /q/health/ready} answers 200, failing if the process dies or it takes too long. */
    public void awaitReady(Duration atMost) throws IOException, InterruptedException {
        HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
        Instant deadline = Instant.now().plus(atMost);
        while (Instant.now().isBefore(deadline)) {
            assertThat(process.isAlive()).as("application running").isTrue();
            try {
                if (http.send(HttpRequest.newBuilder(URI.create(base() + "/q/health/ready")).build(),
                        HttpResponse.BodyHandlers.discarding()).statusCode() == 200) {
                    return;
                }
            } catch (ConnectException notYet) {
                Thread.sleep(250);
            }
        }
        throw new AssertionError("not ready after " + atMost);
    }

    @Override
    public void close() {
        process.destroyForcibly();
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }
}
