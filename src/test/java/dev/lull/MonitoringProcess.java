package dev.lull;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

import org.junit.jupiter.api.Assertions;
import org.junit.jupiter.api.Assumptions;

import com.sun.net.httpserver.HttpServer;

/**
 * A real Prometheus or Alertmanager (the Debian packages) as a child process: a free loopback port, a temporary data
 * directory, ready once {@code /-/ready} answers 200. Missing binaries skip the test, or fail it with {@code CI=true}.
 * Prometheus is seeded by scraping {@link #exposition()}: samples carry their own timestamps and the out-of-order
 * window accepts weeks of history (promtool 2.42 has no --max-block-duration and writes one block per 2 hours).
 */
public final class MonitoringProcess implements AutoCloseable {
    private static final Duration READY_WITHIN = Duration.ofSeconds(120);
    private final Process process;
    private final Path directory;
    private final URI url;
    private final HttpServer exposition;
    private volatile String exposed = "";

    private MonitoringProcess(Process process, Path directory, URI url, HttpServer exposition) {
        this.process = process;
        this.directory = directory;
        this.url = url;
        this.exposition = exposition;
    }

    /** A Prometheus that scrapes this helper's exposition every second and accepts remote writes. */
    public static MonitoringProcess prometheus() throws IOException {
        return prometheus("");
    }

    /** The same Prometheus with more top-level configuration (YAML), such as a {@code remote_write} section. */
    public static MonitoringProcess prometheus(String moreConfig) throws IOException {
        Path binary = require("prometheus", "prometheus");
        Path directory = Files.createTempDirectory("lull-prometheus");
        HttpServer exposition = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        int port = freePort();
        Files.writeString(directory.resolve("prometheus.yml"), """
                global:
                  scrape_interval: 1s
                storage:
                  tsdb:
                    out_of_order_time_window: 3650d
                scrape_configs:
                  - job_name: seed
                    honor_timestamps: true
                    honor_labels: true
                    static_configs:
                      - targets: ['127.0.0.1:%d']
                """.formatted(exposition.getAddress().getPort()) + moreConfig);
        List<String> command = List.of(binary.toString(), "--config.file=" + directory.resolve("prometheus.yml"),
                "--storage.tsdb.path=" + directory.resolve("data"), "--web.listen-address=127.0.0.1:" + port,
                "--storage.tsdb.retention.time=3650d", "--web.enable-remote-write-receiver",
                "--storage.remote.flush-deadline=1s");
        MonitoringProcess started = start(command, directory, port, exposition);
        exposition.createContext("/metrics", exchange -> {
            byte[] body = started.exposed.getBytes(StandardCharsets.UTF_8);
            exchange.getResponseHeaders().set("Content-Type", "text/plain; version=0.0.4");
            exchange.sendResponseHeaders(200, body.length == 0 ? -1 : body.length);
            exchange.getResponseBody().write(body);
            exchange.close();
        });
        exposition.start();
        return started;
    }

    /** A single Alertmanager (no cluster), with its storage in a temporary directory. */
    public static MonitoringProcess alertmanager() throws IOException {
        return alertmanager(freePort());
    }

    /** A single Alertmanager on {@code port} (one a test reserved, to start it late). */
    public static MonitoringProcess alertmanager(int port) throws IOException {
        Path binary = require("prometheus-alertmanager", "prometheus-alertmanager");
        Path directory = Files.createTempDirectory("lull-alertmanager");
        Files.writeString(directory.resolve("alertmanager.yml"), """
                route:
                  receiver: nobody
                receivers:
                  - name: nobody
                """);
        List<String> command = List.of(binary.toString(), "--config.file=" + directory.resolve("alertmanager.yml"),
                "--storage.path=" + directory.resolve("data"), "--web.listen-address=127.0.0.1:" + port,
                "--cluster.listen-address=");
        return start(command, directory, port, null);
    }

    private static MonitoringProcess start(List<String> command, Path directory, int port, HttpServer exposition)
            throws IOException {
        Process process = new ProcessBuilder(command).redirectErrorStream(true)
                .redirectOutput(directory.resolve("output.log").toFile()).start();
        MonitoringProcess started = new MonitoringProcess(process, directory, URI.create("http://127.0.0.1:" + port),
                exposition);
        started.awaitReady();
        return started;
    }

    /** The base URL, such as {@code http://127.0.0.1:40123}. */
    public URI url() {
        return url;
    }

    /** Serves these lines (Prometheus text format, timestamps in ms) to the next scrapes. */
    public void expose(String lines) {
        exposed = lines;
    }

    /** A GET on the process, answering the body; fails on any status but 200. */
    public String get(String pathAndQuery) {
        HttpResponse<String> response = send(HttpRequest.newBuilder(url.resolve(pathAndQuery)).GET().build());
        Assertions.assertEquals(200, response.statusCode(), response.body());
        return response.body();
    }

    /** Sends a request to the process. */
    public HttpResponse<String> send(HttpRequest request) {
        try {
            return HttpClient.newHttpClient().send(request, HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private void awaitReady() {
        Instant deadline = Instant.now().plus(READY_WITHIN);
        while (Instant.now().isBefore(deadline)) {
            if (!process.isAlive()) {
                Assertions.fail(url + " exited with " + process.exitValue() + ": " + log());
            }
            try {
                HttpResponse<String> ready = HttpClient.newHttpClient().send(
                        HttpRequest.newBuilder(url.resolve("/-/ready")).timeout(Duration.ofSeconds(2)).build(),
                        HttpResponse.BodyHandlers.ofString());
                if (ready.statusCode() == 200) {
                    return;
                }
            } catch (IOException e) {
                // not listening yet
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            }
            pause();
        }
        Assertions.fail(url + " was not ready within " + READY_WITHIN + ": " + log());
    }

    private static void pause() {
        try {
            Thread.sleep(200);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private String log() {
        try {
            String log = Files.readString(directory.resolve("output.log"));
            return log.length() > 2000 ? log.substring(log.length() - 2000) : log;
        } catch (IOException e) {
            return "(no log)";
        }
    }

    /** Stops the process (and the exposition) and removes its directory. */
    @Override
    public void close() throws IOException {
        if (exposition != null) {
            exposition.stop(0);
        }
        process.destroy();
        try {
            if (!process.waitFor(20, TimeUnit.SECONDS)) {
                process.destroyForcibly().waitFor();
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        try (Stream<Path> files = Files.walk(directory)) {
            List<Path> all = new ArrayList<>(files.sorted(Comparator.reverseOrder()).toList());
            for (Path file : all) {
                Files.deleteIfExists(file);
            }
        }
    }

    private static Path require(String program, String debianPackage) {
        Path binary = Path.of("/usr/bin", program);
        if (!Files.isExecutable(binary)) {
            String why = "no " + binary + " (Debian package " + debianPackage + ")";
            if ("true".equals(System.getenv("CI"))) {
                Assertions.fail("tests against the real " + program + " need it on CI: " + why);
            }
            Assumptions.abort("tests against the real " + program + " skipped: " + why);
        }
        return binary;
    }

    /** A loopback port nothing listens on now. */
    public static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            return socket.getLocalPort();
        }
    }
}
