package dev.lull.servicelevel;

import java.net.URI;
import java.time.Clock;
import java.time.Instant;
import java.time.Period;
import java.time.format.DateTimeParseException;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Consumer;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import org.jboss.resteasy.reactive.RestResponse;

import dev.lull.inventory.Cluster;
import dev.lull.inventory.ClusterCatalog;
import dev.lull.inventory.Host;
import dev.lull.inventory.HostCatalog;
import dev.lull.platform.ApiProblem;
import dev.lull.platform.ETags;
import dev.lull.platform.Paged;
import dev.lull.platform.Versioned;

/** Sets, reads and removes the service levels of clusters and hosts. */
@ApplicationScoped
@Transactional
public class ServiceLevelCatalog {
    private static final int MAX_DAYS = 366;
    private final Clock clock;
    private final ServiceLevelConfig config;

    ServiceLevelCatalog(Clock clock, ServiceLevelConfig config) {
        this.clock = clock;
        this.config = config;
    }

    /** The stored level, and whether it was created rather than replaced. */
    public record Stored(Versioned<ServiceLevelView> level, boolean created) {
        /** 201 at the level's address when it was created, else 200; with the body and its ETag. */
        public RestResponse<ServiceLevelView> response() {
            ServiceLevelView body = level.body();
            return created
                    ? level.created(URI
                            .create("/api/v1/" + body.scope().toLowerCase(Locale.ROOT) + "s/" + body.name() + "/sla"))
                    : level.ok();
        }
    }

    public Stored setForCluster(String name, ServiceLevelRequest request, String ifMatch) {
        Cluster cluster = ClusterCatalog.require(name);
        return set(ServiceLevel.ofCluster(cluster), level -> level.cluster = cluster, request, ifMatch);
    }

    public Stored setForHost(String name, ServiceLevelRequest request, String ifMatch) {
        Host host = HostCatalog.require(name);
        return set(ServiceLevel.ofHost(host), level -> level.host = host, request, ifMatch);
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public Versioned<ServiceLevelView> ofCluster(String name) {
        return view(ServiceLevel.ofCluster(ClusterCatalog.require(name)).orElseThrow(() -> none("cluster", name)));
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public Versioned<ServiceLevelView> ofHost(String name) {
        return view(ServiceLevel.ofHost(HostCatalog.require(name)).orElseThrow(() -> none("host", name)));
    }

    /** Every service level, clusters' before hosts', each by name, a page at a time. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public Paged<ServiceLevelView> list(int page, int size) {
        List<ServiceLevelView> all = ServiceLevel.<ServiceLevel>listAll().stream().map(ServiceLevelView::of)
                .sorted(Comparator.comparing(ServiceLevelView::scope).thenComparing(ServiceLevelView::name)).toList();
        return Paged.slice(all, page, size);
    }

    /** The request that would set the cluster's service level as it is: what a merge patch applies to. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public Versioned<ServiceLevelRequest> currentOfCluster(String name) {
        return request(ServiceLevel.ofCluster(ClusterCatalog.require(name)).orElseThrow(() -> none("cluster", name)));
    }

    /** The request that would set the host's service level as it is: what a merge patch applies to. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public Versioned<ServiceLevelRequest> currentOfHost(String name) {
        return request(ServiceLevel.ofHost(HostCatalog.require(name)).orElseThrow(() -> none("host", name)));
    }

    public void removeFromCluster(String name, String ifMatch) {
        remove(ServiceLevel.ofCluster(ClusterCatalog.require(name)).orElseThrow(() -> none("cluster", name)), ifMatch);
    }

    public void removeFromHost(String name, String ifMatch) {
        remove(ServiceLevel.ofHost(HostCatalog.require(name)).orElseThrow(() -> none("host", name)), ifMatch);
    }

    private Stored set(Optional<ServiceLevel> existing, Consumer<ServiceLevel> owner, ServiceLevelRequest request,
            String ifMatch) {
        Period period = period(request.periodLength());
        Instant now = Instant.now(clock);
        ServiceLevel level = existing.orElseGet(() -> {
            ServiceLevel created = new ServiceLevel();
            owner.accept(created);
            created.createdAt = now;
            return created;
        });
        existing.ifPresent(found -> ETags.requireCurrent(ifMatch, found.version));
        level.availabilityTarget = request.availabilityTarget();
        level.periodDays = period.getDays();
        level.updatedAt = now;
        level.persistAndFlush();
        return new Stored(view(level), existing.isEmpty());
    }

    private static Versioned<ServiceLevelRequest> request(ServiceLevel level) {
        return new Versioned<>(new ServiceLevelRequest(level.availabilityTarget,
                Period.ofDays(level.periodDays).toString()), level.version);
    }

    private static void remove(ServiceLevel level, String ifMatch) {
        ETags.requireMatch(ifMatch, level.version);
        level.delete();
    }

    private Period period(String text) {
        if (text == null || text.isBlank()) {
            return config.defaultPeriod();
        }
        return parse(text.trim())
                .filter(p -> p.getYears() == 0 && p.getMonths() == 0 && p.getDays() >= 1 && p.getDays() <= MAX_DAYS)
                .orElseThrow(() -> ApiProblem.invalid("periodLength",
                        "must be whole days from P1D to P366D, such as P30D or P4W"));
    }

    private static Optional<Period> parse(String text) {
        try {
            return Optional.of(Period.parse(text));
        } catch (DateTimeParseException e) {
            return Optional.empty();
        }
    }

    private static ApiProblem none(String kind, String name) {
        return ApiProblem.notFound(kind + " '" + name + "' has no service level");
    }

    private static Versioned<ServiceLevelView> view(ServiceLevel level) {
        return new Versioned<>(ServiceLevelView.of(level), level.version);
    }
}
