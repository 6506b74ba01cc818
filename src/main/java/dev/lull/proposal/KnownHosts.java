package dev.lull.proposal;

import java.time.Duration;
import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;

import io.quarkus.runtime.Startup;

import dev.lull.inventory.HostCatalog;
import dev.lull.platform.Bytes;
import dev.lull.platform.Caches;
import dev.lull.platform.StampedCache;

/**
 * Which host a name stands for, per timeline version: every change to hosts (and clusters) moves that version, so a
 * repeated proposal request finds its host without the database. Unknown names are not kept (each is a 404 read
 * again). Holds {@value #SHARE} of the cache budget, by estimated bytes.
 */
@ApplicationScoped
@Startup
class KnownHosts {
    static final double SHARE = 0.03;
    private final StampedCache<String, Long, KnownHost> hosts;

    KnownHosts(Caches caches) {
        this.hosts = caches.stamped("proposal-hosts", SHARE, Duration.ofHours(1),
                (name, host) -> Bytes.string(name) + Bytes.object(1, 8));
    }

    /** The host named {@code name} as of {@code timelineVersion} (read before the host is), else a 404 problem. */
    KnownHost find(String name, long timelineVersion) {
        return hosts.get(name, timelineVersion, () -> new KnownHost(HostCatalog.require(name).id, name));
    }

    /**
     * The host named {@code name} when held for {@code timelineVersion}, else empty (never read). Not counted: a
     * repeated question counts the answer's hit; a new one counts this when {@link #find} finds it again.
     */
    Optional<KnownHost> held(String name, long timelineVersion) {
        return Optional.ofNullable(hosts.held(name, timelineVersion));
    }

    /** A host's identity: what a cached answer is found by. */
    record KnownHost(long id, String name) {
    }
}
