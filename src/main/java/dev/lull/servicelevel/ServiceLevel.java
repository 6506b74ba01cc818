package dev.lull.servicelevel;

import java.time.Instant;
import java.time.Period;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Version;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;

import dev.lull.inventory.Cluster;
import dev.lull.inventory.Host;

/** The stored service level of one cluster or one host (never both); deleted with its owner. */
@Entity
public class ServiceLevel extends PanacheEntityBase {
    private static final String COVERING = "s.host in (select m from Host m where m.name in ?1) "
            + "or s.cluster in (select m.cluster from Host m where m.name in ?1)";

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;
    @ManyToOne(fetch = FetchType.LAZY)
    public Cluster cluster;
    @ManyToOne(fetch = FetchType.LAZY)
    public Host host;
    public double availabilityTarget;
    public int periodDays;
    @Version
    public long version;
    public Instant createdAt;
    public Instant updatedAt;

    public static Optional<ServiceLevel> ofCluster(Cluster cluster) {
        return find("cluster", cluster).firstResultOptional();
    }

    public static Optional<ServiceLevel> ofHost(Host host) {
        return find("host", host).firstResultOptional();
    }

    /** The levels of these hosts and of their clusters: host levels first, then cluster levels. */
    public static List<ServiceLevel> covering(Collection<String> hostNames) {
        return find("select s from ServiceLevel s left join fetch s.host left join fetch s.cluster where " + COVERING
                + " order by s.host.id nulls last, s.cluster.id", Set.copyOf(hostNames)).list();
    }

    /** Whether any of these hosts, or any cluster of theirs, has a level. */
    public static boolean anyCovering(Collection<String> hostNames) {
        return count("from ServiceLevel s where " + COVERING, Set.copyOf(hostNames)) > 0;
    }

    /** Those of the hosts named that a service level covers, themselves or through their cluster. */
    public static Set<String> covered(Collection<String> hostNames) {
        return Set.copyOf(find("select h.name from Host h where h.name in ?1 and exists (select 1 from ServiceLevel s "
                + "where s.host = h or s.cluster = h.cluster)", Set.copyOf(hostNames)).project(String.class).list());
    }

    /** The target it sets. */
    public Target target() {
        return new Target(availabilityTarget, Period.ofDays(periodDays));
    }
}
