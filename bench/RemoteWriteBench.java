import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import org.xerial.snappy.Snappy;

import com.google.protobuf.CodedOutputStream;

/**
 * Sends the same five-minute samples to Lull as Prometheus remote write (snappy WriteRequest) and as CSV, in
 * requests of the same number of samples, and prints both throughputs. Run by bench/remote-write.sh.
 */
public class RemoteWriteBench {
    static final String URL = System.getenv().getOrDefault("URL", "http://localhost:8080");
    static final String AUTH = "Basic " + Base64.getEncoder().encodeToString(
            System.getenv().getOrDefault("CREDENTIALS", "admin:lull").getBytes(StandardCharsets.UTF_8));
    static final int HOSTS = Integer.parseInt(System.getenv().getOrDefault("HOSTS", "200"));
    static final int PER_HOST = Integer.parseInt(System.getenv().getOrDefault("PER_HOST", "10000"));
    static final int PER_REQUEST = Integer.parseInt(System.getenv().getOrDefault("PER_REQUEST", "2000"));
    static final int PARALLEL = Integer.parseInt(System.getenv().getOrDefault("PARALLEL", "2"));
    static final boolean COUNTER = "counter".equals(System.getenv().getOrDefault("KIND", "gauge"));
    static final long START = (Instant.now().getEpochSecond() / 300 - PER_HOST) * 300L;
    static final HttpClient HTTP = HttpClient.newHttpClient();

    public static void main(String[] args) throws Exception {
        int shardHosts = (HOSTS + PARALLEL - 1) / PARALLEL;
        int stepsPerRequest = Math.max(1, PER_REQUEST / shardHosts);
        int requests = (PER_HOST + stepsPerRequest - 1) / stepsPerRequest;
        long total = (long) HOSTS * PER_HOST;
        double remote = run(requests, (shard, i) -> remoteWrite(shard, i * stepsPerRequest, stepsPerRequest),
                "application/x-protobuf", "/api/v1/load/prometheus");
        double csv = run(requests, (shard, i) -> csv(shard, i * stepsPerRequest, stepsPerRequest), "text/csv",
                "/api/v1/load");
        System.out.printf("%n%d hosts x %d samples = %,d, %d shards of %d requests of about %d samples, %s%n", HOSTS,
                PER_HOST, total, PARALLEL, requests, stepsPerRequest * shardHosts, COUNTER ? "counters" : "gauges");
        System.out.printf("%-30s %10s %12s%n", "path", "seconds", "samples/s");
        System.out.printf("%-30s %10.1f %,12.0f%n", "remote write (snappy protobuf)", remote, total / remote);
        System.out.printf("%-30s %10.1f %,12.0f%n", "CSV (POST /api/v1/load)", csv, total / csv);
        System.out.printf("ratio remote write / CSV throughput: %.2f%n", csv / remote);
    }

    /**
     * Sends every shard's requests in order, the shards at once: as Prometheus, whose shards each own a set of
     * series and send a series' samples in order (a counter's samples out of order would count as resends).
     */
    static double run(int requests, Body body, String type, String path) throws Exception {
        List<List<byte[]>> shards = new ArrayList<>();
        for (int shard = 0; shard < PARALLEL; shard++) {
            List<byte[]> bodies = new ArrayList<>();
            for (int i = 0; i < requests; i++) {
                bodies.add(body.of(shard, i));
            }
            shards.add(bodies);
        }
        ExecutorService pool = Executors.newFixedThreadPool(PARALLEL);
        long started = System.nanoTime();
        List<Future<?>> sent = new ArrayList<>();
        for (List<byte[]> shard : shards) {
            sent.add(pool.submit(() -> {
                for (byte[] one : shard) {
                    send(one, type, path);
                }
                return null;
            }));
        }
        for (Future<?> one : sent) {
            one.get();
        }
        pool.shutdown();
        return (System.nanoTime() - started) / 1e9;
    }

    /** The body of a shard's request. */
    interface Body {
        byte[] of(int shard, int request);
    }

    static Void send(byte[] body, String type, String path) throws IOException, InterruptedException {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(URL + path)).header("Authorization", AUTH)
                .header("Content-Type", type).POST(HttpRequest.BodyPublishers.ofByteArray(body));
        if (type.endsWith("protobuf")) {
            request.header("Content-Encoding", "snappy").header("X-Prometheus-Remote-Write-Version", "0.1.0");
        }
        HttpResponse<String> response = HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString());
        if (response.statusCode() / 100 != 2) {
            throw new IllegalStateException(path + " answered " + response.statusCode() + ": " + response.body());
        }
        return null;
    }

    static final double[][] TOTALS = COUNTER ? new double[HOSTS][PER_HOST] : null;

    static {
        for (int host = 0; COUNTER && host < HOSTS; host++) {
            for (int step = 0; step < PER_HOST; step++) {
                TOTALS[host][step] = (step == 0 ? 0 : TOTALS[host][step - 1]) + messages(host, step);
            }
        }
    }

    /** The messages of a host's step. */
    static double messages(int host, int step) {
        return Math.floor(500 + 400 * Math.sin(step / 45.8) + (host * 31 + step * 17) % 50);
    }

    /** What remote write sends: a gauge's messages, or a counter's running total of them. */
    static double value(int host, int step) {
        return COUNTER ? TOTALS[host][step] : messages(host, step);
    }

    static byte[] remoteWrite(int shard, int firstStep, int steps) {
        try {
            ByteArrayOutputStream request = new ByteArrayOutputStream();
            CodedOutputStream out = CodedOutputStream.newInstance(request);
            for (int host = shard; host < HOSTS; host += PARALLEL) {
                ByteArrayOutputStream series = new ByteArrayOutputStream();
                CodedOutputStream s = CodedOutputStream.newInstance(series);
                s.writeByteArray(1, label("__name__", COUNTER ? "lull_messages_total" : "lull_messages"));
                s.writeByteArray(1, label("instance", "rwb-" + String.format("%03d", host)));
                s.writeByteArray(1, label("job", "bench"));
                for (int step = firstStep; step < Math.min(PER_HOST, firstStep + steps); step++) {
                    ByteArrayOutputStream sample = new ByteArrayOutputStream();
                    CodedOutputStream p = CodedOutputStream.newInstance(sample);
                    p.writeDouble(1, value(host, step));
                    p.writeInt64(2, (START + step * 300L) * 1000);
                    p.flush();
                    s.writeByteArray(2, sample.toByteArray());
                }
                s.flush();
                out.writeByteArray(1, series.toByteArray());
            }
            out.flush();
            return Snappy.compress(request.toByteArray());
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    static byte[] label(String name, String value) throws IOException {
        ByteArrayOutputStream label = new ByteArrayOutputStream();
        CodedOutputStream out = CodedOutputStream.newInstance(label);
        out.writeString(1, name);
        out.writeString(2, value);
        out.flush();
        return label.toByteArray();
    }

    static byte[] csv(int shard, int firstStep, int steps) {
        StringBuilder csv = new StringBuilder("host,at,messages\n");
        for (int host = shard; host < HOSTS; host += PARALLEL) {
            for (int step = firstStep; step < Math.min(PER_HOST, firstStep + steps); step++) {
                double messages = messages(host, step);
                csv.append("csvb-").append(String.format("%03d", host)).append(',')
                        .append(Instant.ofEpochSecond(START + step * 300L)).append(',').append(messages).append('\n');
            }
        }
        return csv.toString().getBytes(StandardCharsets.UTF_8);
    }
}
