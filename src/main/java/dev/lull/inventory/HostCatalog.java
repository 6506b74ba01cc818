package dev.lull.inventory;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import io.quarkus.panache.common.Sort;

import dev.lull.platform.ApiProblem;
import dev.lull.platform.ETags;
import dev.lull.platform.Paged;
import dev.lull.platform.Versioned;

/** Creates, finds, replaces and deletes hosts. */
@ApplicationScoped
@Transactional
public class HostCatalog {
    private final Clock clock;

    HostCatalog(Clock clock) {
        this.clock = clock;
    }

    public Versioned<HostView> create(HostRequest request) {
        if (request.name() == null) {
            throw ApiProblem.invalid("name", "must not be null");
        }
        if (Host.findByName(request.name()).isPresent()) {
            throw ApiProblem.conflict("host '" + request.name() + "' already exists");
        }
        Host host = new Host();
        host.name = request.name();
        host.createdAt = Instant.now(clock);
        apply(host, request);
        host.persistAndFlush();
        return new Versioned<>(HostView.of(host), host.version);
    }

    /** The host and its version; a read, so no transaction is begun for it (one statement, autocommitted). */
    @Transactional(Transactional.TxType.SUPPORTS)
    public Versioned<HostView> get(String name) {
        Host host = require(name);
        return new Versioned<>(HostView.of(host), host.version);
    }

    /** The request that would recreate the host as it is: what a merge patch applies to. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public Versioned<HostRequest> current(String name) {
        Host host = require(name);
        return new Versioned<>(
                new HostRequest(host.name, host.timeZone, host.cluster == null ? null : host.cluster.name,
                        host.role, host.capacityPerMinute, List.copyOf(host.tags)),
                host.version);
    }

    public Paged<HostView> list(String cluster, String tag, int page, int size) {
        return list(cluster, tag, null, page, size);
    }

    /** A page of the hosts of {@code cluster}, with {@code tag}, whose name contains {@code nameContains}; each optional. */
    public Paged<HostView> list(String cluster, String tag, String nameContains, int page, int size) {
        StringBuilder query = new StringBuilder("from Host h left join fetch h.cluster c where 1 = 1");
        Map<String, Object> params = new HashMap<>();
        if (nameContains != null) {
            query.append(" and ").append(NameFilter.condition("h.name"));
            params.put("name", NameFilter.pattern(nameContains));
        }
        if (cluster != null) {
            query.append(" and c.name = :cluster");
            params.put("cluster", cluster);
        }
        if (tag != null) {
            query.append(" and array_contains(h.tags, :tag)");
            params.put("tag", tag);
        }
        var found = Host.<Host>find(query.toString(), Sort.by("h.name"), params);
        long total = Host.count(query.toString().replace(" left join fetch h.cluster c", " left join h.cluster c"),
                params);
        List<HostView> items = found.page(Paged.window(page, size)).stream().map(HostView::of).toList();
        return new Paged<>(items, page, size, total);
    }

    public Versioned<HostView> replace(String name, HostRequest request, String ifMatch) {
        Host host = require(name);
        if (request.name() != null && !request.name().equals(name)) {
            throw ApiProblem.unprocessable("the body names host '" + request.name() + "' but the path names '" + name
                    + "'; hosts cannot be renamed");
        }
        ETags.requireCurrent(ifMatch, host.version);
        apply(host, request);
        host.persistAndFlush();
        return new Versioned<>(HostView.of(host), host.version);
    }

    public void delete(String name, String ifMatch) {
        Host host = require(name);
        ETags.requireMatch(ifMatch, host.version);
        host.delete();
    }

    /** The host of that name, or a 404 problem. */
    public static Host require(String name) {
        return Host.findByName(name).orElseThrow(() -> ApiProblem.notFound("no host named '" + name + "'"));
    }

    /** The names of the hosts of the cluster named {@code cluster}, by name. */
    public static List<String> memberNames(String cluster) {
        return Host.find("select h.name from Host h where h.cluster.name = ?1 order by h.name", cluster)
                .project(String.class).list();
    }

    /** One host of each cluster that has any, the largest clusters first, at most {@code limit}. */
    public static List<Long> oneHostPerCluster(int limit) {
        return Host.getEntityManager().createQuery("select min(h.id) from Host h where h.cluster is not null "
                + "group by h.cluster.id order by count(h) desc, h.cluster.id", Long.class).setMaxResults(limit)
                .getResultList();
    }

    /** The names among these that no host has, each once, in the order given. */
    public static List<String> unknown(Collection<String> names) {
        return UnknownNames.of(names, asked -> Host.find("select h.name from Host h where h.name in ?1", asked)
                .project(String.class).list());
    }

    /** The time zone of each existing host among {@code names}. */
    public static Map<String, ZoneId> zones(Collection<String> names) {
        Map<String, ZoneId> zones = new TreeMap<>();
        if (!names.isEmpty()) {
            Host.<Host>list("name in ?1", names).forEach(host -> zones.put(host.name, host.zone()));
        }
        return zones;
    }

    private void apply(Host host, HostRequest request) {
        host.timeZone = request.timeZone();
        host.cluster = request.cluster() == null
                ? null
                : Cluster.findByName(request.cluster()).orElseThrow(() -> ApiProblem
                        .unprocessable("cluster '" + request.cluster() + "' does not exist; create it first"));
        host.role = request.role();
        host.capacityPerMinute = request.capacityPerMinute();
        host.tags = request.tags() == null
                ? new ArrayList<>()
                : new ArrayList<>(request.tags().stream().distinct().toList());
        host.updatedAt = Instant.now(clock);
    }
}
