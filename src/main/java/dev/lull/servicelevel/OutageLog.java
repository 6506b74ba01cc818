package dev.lull.servicelevel;

import java.time.Clock;
import java.time.Instant;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import io.quarkus.panache.common.Sort;

import dev.lull.inventory.Cluster;
import dev.lull.inventory.Host;
import dev.lull.inventory.HostCatalog;
import dev.lull.platform.ApiProblem;
import dev.lull.platform.ETags;
import dev.lull.platform.Paged;
import dev.lull.platform.Versioned;

/** Records outages, ends them, and lists them. */
@ApplicationScoped
@Transactional
public class OutageLog {
    private final Clock clock;
    private final ServiceLevelConfig config;

    OutageLog(Clock clock, ServiceLevelConfig config) {
        this.clock = clock;
        this.config = config;
    }

    public Versioned<OutageView> report(OutageRequest request, String reporter) {
        Instant now = Instant.now(clock);
        requireNotAhead("start", request.start(), now);
        if (request.end() != null) {
            requireEnd(request.start(), request.end(), now);
        }
        Outage outage = new Outage();
        outage.hosts.addAll(hostsOf(request));
        outage.clusterName = request.cluster();
        outage.startAt = request.start();
        outage.endAt = request.end();
        outage.cause = request.cause().trim();
        outage.reportedBy = reporter;
        outage.createdAt = now;
        outage.updatedAt = now;
        outage.persistAndFlush();
        return view(outage, now);
    }

    public Versioned<OutageView> end(long id, OutageEnd body, String ifMatch) {
        Outage outage = require(id);
        ETags.requireMatch(ifMatch, outage.version);
        Instant now = Instant.now(clock);
        requireEnd(outage.startAt, body.end(), now);
        outage.endAt = body.end();
        outage.updatedAt = now;
        outage.persistAndFlush();
        return view(outage, now);
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public Versioned<OutageView> get(long id) {
        return view(require(id), Instant.now(clock));
    }

    /** Outages overlapping [from, to) (either may be null for open), of one host if named, latest first. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public Paged<OutageView> list(Instant from, Instant to, String host, int page, int size) {
        StringBuilder query = new StringBuilder("1 = 1");
        Map<String, Object> params = new HashMap<>();
        if (from != null) {
            query.append(" and (endAt is null or endAt > :from)");
            params.put("from", from);
        }
        if (to != null) {
            query.append(" and startAt < :to");
            params.put("to", to);
        }
        if (host != null) {
            query.append(" and :host member of hosts");
            params.put("host", host);
        }
        Instant now = Instant.now(clock);
        List<OutageView> items = Outage.<Outage>find(query.toString(), Sort.descending("startAt").and("id"), params)
                .page(Paged.window(page, size)).list().stream().map(outage -> OutageView.of(outage, now)).toList();
        return new Paged<>(items, page, size, Outage.count(query.toString(), params));
    }

    private void requireEnd(Instant start, Instant end, Instant now) {
        if (!end.isAfter(start)) {
            throw ApiProblem.invalid("end", "must be after start (" + start + ")");
        }
        requireNotAhead("end", end, now);
    }

    private void requireNotAhead(String field, Instant at, Instant now) {
        if (at.isAfter(now.plus(config.clockSkew()))) {
            throw ApiProblem.invalid(field, "must not lie in the future (now is " + now + ")");
        }
    }

    private static Set<String> hostsOf(OutageRequest request) {
        boolean named = request.hosts() != null && !request.hosts().isEmpty();
        if (named == (request.cluster() != null)) {
            throw ApiProblem.invalid("hosts", "give either hosts or a cluster, not both and not neither");
        }
        if (request.cluster() != null) {
            Cluster cluster = Cluster.findByName(request.cluster()).orElseThrow(() -> ApiProblem
                    .unprocessable("cluster '" + request.cluster() + "' does not exist"));
            List<String> members = Host.find("select h.name from Host h where h.cluster = ?1", cluster)
                    .project(String.class).list();
            if (members.isEmpty()) {
                throw ApiProblem.unprocessable("cluster '" + request.cluster() + "' has no hosts");
            }
            return new HashSet<>(members);
        }
        List<String> unknown = HostCatalog.unknown(request.hosts()).stream().sorted().toList();
        if (!unknown.isEmpty()) {
            throw ApiProblem.unprocessable("unknown host(s): " + String.join(", ", unknown));
        }
        return new HashSet<>(request.hosts());
    }

    private static Outage require(long id) {
        return Outage.<Outage>findByIdOptional(id).orElseThrow(() -> ApiProblem.notFound("no outage with id " + id));
    }

    private static Versioned<OutageView> view(Outage outage, Instant now) {
        return new Versioned<>(OutageView.of(outage, now), outage.version);
    }
}
