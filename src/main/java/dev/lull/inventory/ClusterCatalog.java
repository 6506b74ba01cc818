package dev.lull.inventory;

import java.time.Clock;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import io.quarkus.hibernate.orm.panache.PanacheQuery;
import io.quarkus.panache.common.Parameters;
import io.quarkus.panache.common.Sort;

import dev.lull.platform.ApiProblem;
import dev.lull.platform.ETags;
import dev.lull.platform.Paged;
import dev.lull.platform.Versioned;

/** Creates, reads, replaces and deletes clusters. */
@ApplicationScoped
@Transactional
public class ClusterCatalog {
    private final Clock clock;

    ClusterCatalog(Clock clock) {
        this.clock = clock;
    }

    public Versioned<ClusterView> create(ClusterRequest request) {
        if (request.name() == null) {
            throw ApiProblem.invalid("name", "must not be null");
        }
        if (Cluster.findByName(request.name()).isPresent()) {
            throw ApiProblem.conflict("cluster '" + request.name() + "' already exists");
        }
        Cluster cluster = new Cluster();
        cluster.name = request.name();
        cluster.createdAt = Instant.now(clock);
        apply(cluster, request);
        cluster.persistAndFlush();
        return view(cluster);
    }

    public Versioned<ClusterView> get(String name) {
        return view(require(name));
    }

    /** The request that would recreate the cluster as it is: what a merge patch applies to. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public Versioned<ClusterRequest> current(String name) {
        Cluster cluster = require(name);
        return new Versioned<>(new ClusterRequest(cluster.name, cluster.description, cluster.minAvailable),
                cluster.version);
    }

    public Paged<ClusterView> list(int page, int size) {
        return list(null, page, size);
    }

    /** A page of the clusters by name, only those whose name contains {@code nameContains} unless it is null. */
    public Paged<ClusterView> list(String nameContains, int page, int size) {
        PanacheQuery<Cluster> query = nameContains == null
                ? Cluster.findAll(Sort.by("name"))
                : Cluster.find(NameFilter.condition("name"), Sort.by("name"),
                        Parameters.with("name", NameFilter.pattern(nameContains)));
        Paged<Cluster> clusters = Paged.of(query, Function.identity(), page, size);
        if (clusters.items().isEmpty()) {
            return new Paged<>(List.of(), page, size, clusters.total());
        }
        Map<Long, List<String>> hostsByCluster = Host.<Host>find("cluster in ?1 order by name", clusters.items())
                .stream()
                .collect(
                        Collectors.groupingBy(h -> h.cluster.id, Collectors.mapping(h -> h.name, Collectors.toList())));
        List<ClusterView> items = clusters.items().stream()
                .map(c -> ClusterView.of(c, hostsByCluster.getOrDefault(c.id, List.of()))).toList();
        return new Paged<>(items, page, size, clusters.total());
    }

    public Versioned<ClusterView> replace(String name, ClusterRequest request, String ifMatch) {
        Cluster cluster = require(name);
        if (request.name() != null && !request.name().equals(name)) {
            throw ApiProblem.unprocessable("the body names cluster '" + request.name() + "' but the path names '"
                    + name + "'; clusters cannot be renamed");
        }
        ETags.requireCurrent(ifMatch, cluster.version);
        apply(cluster, request);
        cluster.persistAndFlush();
        return view(cluster);
    }

    public void delete(String name, String ifMatch) {
        Cluster cluster = require(name);
        ETags.requireMatch(ifMatch, cluster.version);
        long hosts = Host.count("cluster", cluster);
        if (hosts > 0) {
            throw ApiProblem.conflict("cluster '" + name + "' still has " + hosts
                    + " host(s); move or delete them first");
        }
        cluster.delete();
    }

    /** The cluster of that name, or a 404 problem. */
    public static Cluster require(String name) {
        return Cluster.findByName(name).orElseThrow(() -> ApiProblem.notFound("no cluster named '" + name + "'"));
    }

    /** The names among these that no cluster has, each once, in the order given. */
    public static List<String> unknown(Collection<String> names) {
        return UnknownNames.of(names, asked -> Cluster.find("select c.name from Cluster c where c.name in ?1", asked)
                .project(String.class).list());
    }

    private void apply(Cluster cluster, ClusterRequest request) {
        cluster.description = request.description();
        cluster.minAvailable = request.minAvailable();
        cluster.updatedAt = Instant.now(clock);
    }

    private static Versioned<ClusterView> view(Cluster cluster) {
        return new Versioned<>(ClusterView.of(cluster, hostNames(cluster)), cluster.version);
    }

    private static List<String> hostNames(Cluster cluster) {
        return Host.find("select h.name from Host h where h.cluster = ?1 order by h.name", cluster)
                .project(String.class).list();
    }
}
