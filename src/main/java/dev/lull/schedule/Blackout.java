package dev.lull.schedule;

import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import java.util.Set;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Version;

import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;

/** A change freeze: no change may touch its hosts and clusters (all, when it names none) while it lasts. */
@Entity
public class Blackout extends PanacheEntityBase {
    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;
    public String name;
    public Instant startAt;
    public Instant endAt;
    public String timeZone;
    public String recurrence;
    @JdbcTypeCode(SqlTypes.ARRAY)
    @Column(columnDefinition = "text[]")
    public List<String> hosts;
    @JdbcTypeCode(SqlTypes.ARRAY)
    @Column(columnDefinition = "text[]")
    public List<String> clusters;
    public String reason;
    @Version
    public long version;
    public Instant createdAt;
    public Instant updatedAt;

    /** Whether it covers any of these hosts or clusters; one that names none covers every host. */
    public boolean touches(Set<String> hostNames, Set<String> clusterNames) {
        if (hosts.isEmpty() && clusters.isEmpty()) {
            return true;
        }
        return hosts.stream().anyMatch(hostNames::contains) || clusters.stream().anyMatch(clusterNames::contains);
    }

    /** When this blackout happens. */
    public BlackoutRule rule() {
        return new BlackoutRule(startAt, endAt, ZoneId.of(timeZone), recurrence);
    }
}
