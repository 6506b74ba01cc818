package dev.lull.load;

import java.time.Duration;

import io.quarkus.runtime.configuration.MemorySize;
import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/** Settings of load history: ingest limits, retention, and the Prometheus remote write mapping. */
@ConfigMapping(prefix = "lull.load")
public interface LoadConfig {
    /** Largest accepted ingest body. */
    @WithDefault("256M")
    MemorySize maxBody();

    /**
     * The longest an ingest transaction may run, in seconds, before it is rolled back and answered 503 (the default
     * 60 s of other requests is too short for a body near {@code max-body} on a busy machine).
     */
    @WithDefault("600")
    int ingestTimeoutSeconds();

    /**
     * How many ingests may hold a database connection at once, on this replica; keep it below the pool's size
     * ({@code quarkus.datasource.jdbc.max-size}), so that reads always find a connection.
     */
    @WithDefault("4")
    int maxConcurrentIngests();

    /** How long an ingest waits for its turn before it is answered 503 with nothing stored. */
    @WithDefault("PT10S")
    Duration ingestWait();

    /** How long raw samples are kept. */
    @WithDefault("P35D")
    Duration rawRetention();

    /** How long hourly rollups are kept. */
    @WithDefault("P730D")
    Duration rollupRetention();

    /** How often retention runs (a Quarkus scheduler interval such as 1h, or off). */
    @WithDefault("1h")
    String retentionEvery();

    /**
     * How far back a host's past weeks are also kept as one row each (load_week, read by fits instead of the week's
     * hourly rollups): 27 weeks, as a fit reads 26 weeks before the hour it is made for.
     */
    @WithDefault("P189D")
    Duration weekRows();

    /**
     * How often the missing weekly rows are added: weeks that ended, weeks an ingest touched (a Quarkus scheduler
     * interval such as 10m, or off).
     */
    @WithDefault("10m")
    String weekRowsEvery();

    /** How Prometheus remote write (POST /api/v1/load/prometheus) maps series to load samples. */
    RemoteWrite remoteWrite();

    /** The remote write mapping: one metric, one host label, samples per step, bounded bodies. */
    interface RemoteWrite {
        /** The metric taken as load: this name as a gauge (messages per step), or with _total as a counter. */
        @WithDefault("lull_messages")
        String metric();

        /** The label whose value is the host name. */
        @WithDefault("instance")
        String hostLabel();

        /** Whether samples of unknown hosts register them (else they are ignored and counted). */
        @WithDefault("false")
        boolean createHosts();

        /** The step samples are stored at (a divisor of an hour): a gauge's last value or a counter's increase. */
        @WithDefault("PT5M")
        Duration step();

        /** Largest accepted compressed body. */
        @WithDefault("8M")
        MemorySize maxBody();

        /** Largest uncompressed size a body may declare; checked before anything is inflated. */
        @WithDefault("64M")
        MemorySize maxUncompressed();
    }
}
