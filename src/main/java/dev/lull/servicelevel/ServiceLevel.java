package dev.lull.servicelevel;

import java.time.Instant;
import java.time.Period;
import java.util.Optional;

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

    /** The target it sets. */
    public Target target() {
        return new Target(availabilityTarget, Period.ofDays(periodDays));
    }
}
