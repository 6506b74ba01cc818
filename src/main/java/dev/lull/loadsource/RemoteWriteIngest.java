package dev.lull.loadsource;

import java.io.IOException;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.Iterator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.NavigableMap;
import java.util.Set;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import org.jboss.logging.Logger;

import dev.lull.load.IncomingSample;
import dev.lull.load.LoadConfig;
import dev.lull.load.LoadIngest;
import dev.lull.load.SampleRules;
import dev.lull.load.SampleSource;

/**
 * Stores remote-written series through the load ingest path (validation, rollups, history version), with the
 * counters' state moved in the same transaction: a failed write changes nothing, and Prometheus sends it again.
 */
@ApplicationScoped
class RemoteWriteIngest {
    private static final Logger LOG = Logger.getLogger(RemoteWriteIngest.class);
    private final LoadIngest ingest;
    private final CounterStore counters;
    private final LoadConfig.RemoteWrite config;

    RemoteWriteIngest(LoadIngest ingest, CounterStore counters, LoadConfig config) {
        this.ingest = ingest;
        this.counters = counters;
        this.config = config.remoteWrite();
    }

    @Transactional
    void store(List<RemoteSeries> series, RemoteTally tally, Instant now) throws IOException, SQLException {
        List<RemoteSeries> stored = knownHosts(validHosts(series, tally), tally);
        StepValues values = new StepValues(config.step(), now, tally);
        Set<String> counterHosts = new LinkedHashSet<>();
        stored.stream().filter(RemoteSeries::counter).forEach(s -> counterHosts.add(s.host()));
        Map<String, StepValues.CounterState> before = counterHosts.isEmpty() ? Map.of() : counters.lock(counterHosts);
        Map<String, StepValues.CounterState> after = new HashMap<>();
        for (RemoteSeries one : stored) {
            if (one.counter()) {
                StepValues.CounterState state = values.counter(one, after.getOrDefault(one.host(),
                        before.get(one.host())));
                if (state != null) {
                    after.put(one.host(), state);
                }
            } else {
                values.gauge(one);
            }
        }
        long points = values.values().values().stream().mapToLong(Map::size).sum();
        if (points > 0) {
            ingest.ingest(samples(values.values()), config.createHosts());
        }
        if (!after.isEmpty()) {
            counters.save(after);
        }
        tally.stored(points);
    }

    private static List<RemoteSeries> validHosts(List<RemoteSeries> series, RemoteTally tally) {
        List<RemoteSeries> valid = new ArrayList<>();
        for (RemoteSeries one : series) {
            if (SampleRules.validHostName(one.host())) {
                valid.add(one);
            } else {
                tally.add(SampleOutcome.INVALID, one.size());
            }
        }
        return valid;
    }

    private List<RemoteSeries> knownHosts(List<RemoteSeries> series, RemoteTally tally) throws SQLException {
        if (config.createHosts() || series.isEmpty()) {
            return series;
        }
        Set<String> names = new LinkedHashSet<>();
        series.forEach(s -> names.add(s.host()));
        Set<String> known = counters.known(names);
        names.removeAll(known);
        if (!names.isEmpty()) {
            LOG.debugf("Remote write for %d unknown host(s), ignored: %s", names.size(), names);
        }
        tally.unknownHosts(names.size());
        List<RemoteSeries> kept = new ArrayList<>();
        for (RemoteSeries one : series) {
            if (known.contains(one.host())) {
                kept.add(one);
            } else {
                tally.add(SampleOutcome.UNKNOWN_HOST, one.size());
            }
        }
        return kept;
    }

    private static SampleSource samples(Map<String, NavigableMap<Instant, Double>> values) {
        Iterator<Map.Entry<String, NavigableMap<Instant, Double>>> hosts = values.entrySet().iterator();
        return new SampleSource() {
            private String host;
            private Iterator<Map.Entry<Instant, Double>> steps = Collections.emptyIterator();

            @Override
            public IncomingSample next() {
                while (!steps.hasNext()) {
                    if (!hosts.hasNext()) {
                        return null;
                    }
                    Map.Entry<String, NavigableMap<Instant, Double>> next = hosts.next();
                    host = next.getKey();
                    steps = next.getValue().entrySet().iterator();
                }
                Map.Entry<Instant, Double> step = steps.next();
                return new IncomingSample(host, step.getKey(), step.getValue(), host + " at " + step.getKey());
            }
        };
    }
}
