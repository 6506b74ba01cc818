package dev.lull.demo;

import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;

import dev.lull.load.IncomingSample;
import dev.lull.load.SampleSource;

/** The demo hosts' samples between two instants, generated one at a time. */
final class DemoSamples implements SampleSource {
    private final List<String> hosts;
    private final List<DemoSeries> series;
    private final ZoneId zone;
    private final Instant end;
    private final Duration step;
    private Instant at;
    private int host;

    DemoSamples(List<String> hosts, ZoneId zone, Instant start, Instant end, Duration step) {
        this.hosts = hosts;
        this.series = hosts.stream()
                .map(name -> new DemoSeries(name.startsWith("sql") ? 2_500 : 900, name.hashCode())).toList();
        this.zone = zone;
        this.end = end;
        this.step = step;
        this.at = start;
    }

    @Override
    public IncomingSample next() {
        if (host == hosts.size()) {
            host = 0;
            at = at.plus(step);
        }
        if (!at.isBefore(end)) {
            return null;
        }
        int index = host++;
        return new IncomingSample(hosts.get(index), at, series.get(index).messagesAt(at, zone), "demo");
    }
}
