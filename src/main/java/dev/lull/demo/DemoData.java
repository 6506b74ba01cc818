package dev.lull.demo;

import java.io.IOException;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.control.ActivateRequestContext;
import jakarta.enterprise.event.Observes;

import org.jboss.logging.Logger;

import io.quarkus.runtime.StartupEvent;

import dev.lull.inventory.Cluster;
import dev.lull.inventory.ClusterCatalog;
import dev.lull.inventory.ClusterRequest;
import dev.lull.inventory.Host;
import dev.lull.inventory.HostCatalog;
import dev.lull.inventory.HostRequest;
import dev.lull.load.IngestResult;
import dev.lull.load.LoadIngest;
import dev.lull.load.LoadQueries;
import dev.lull.people.DemoRoleOwners;

/** Seeds a demo cluster and database host with load up to now; a restart only tops the load up. */
@ApplicationScoped
public class DemoData {
    static final String CLUSTER = "mbox";
    static final ZoneId ZONE = ZoneId.of("Europe/Paris");
    static final List<String> HOSTS = List.of("mbox-01", "mbox-02", "mbox-03", "mbox-04", "sql-01");
    private static final Logger LOG = Logger.getLogger(DemoData.class);
    private static final Duration STEP = Duration.ofMinutes(5);

    private final DemoConfig config;
    private final ClusterCatalog clusters;
    private final HostCatalog hosts;
    private final LoadIngest ingest;
    private final LoadQueries queries;
    private final DemoRoleOwners owners;
    private final Clock clock;

    DemoData(DemoConfig config, ClusterCatalog clusters, HostCatalog hosts, LoadIngest ingest, LoadQueries queries,
            DemoRoleOwners owners, Clock clock) {
        this.config = config;
        this.clusters = clusters;
        this.hosts = hosts;
        this.ingest = ingest;
        this.queries = queries;
        this.owners = owners;
        this.clock = clock;
    }

    void onStart(@Observes StartupEvent event) throws IOException, SQLException {
        if (config.enabled()) {
            seed();
        }
    }

    /**
     * Creates what is missing, gives the approval roles their demo owners, and generates load from the last stored
     * sample (or the configured days) to now.
     */
    @ActivateRequestContext
    public IngestResult seed() throws IOException, SQLException {
        owners.assign();
        if (Cluster.findByName(CLUSTER).isEmpty()) {
            clusters.create(new ClusterRequest(CLUSTER, "Active/active/active/passive MessageBox cluster", 3));
        }
        for (String name : HOSTS) {
            if (Host.findByName(name).isEmpty()) {
                boolean database = name.startsWith("sql");
                hosts.create(new HostRequest(name, ZONE.getId(), database ? null : CLUSTER,
                        database ? "database" : "processing", database ? 20_000.0 : 6_000.0, List.of("demo")));
            }
        }
        Instant now = clock.instant();
        Instant from = now.minus(Duration.ofDays(config.days()));
        Instant start = Instant.ofEpochSecond(Math.max(from.getEpochSecond(), latest(now).getEpochSecond())
                / STEP.toSeconds() * STEP.toSeconds());
        if (!start.isBefore(now)) {
            return new IngestResult(0, 0, 0);
        }
        IngestResult result = ingest.ingest(new DemoSamples(HOSTS, ZONE, start, now, STEP), false);
        LOG.infof("Demo data: %d samples from %s to %s", result.received(), start, now);
        return result;
    }

    private Instant latest(Instant now) {
        Host first = Host.findByName(HOSTS.get(0)).orElseThrow();
        return queries.latestSample(first.id).map(at -> at.plus(STEP)).orElse(Instant.EPOCH);
    }
}
