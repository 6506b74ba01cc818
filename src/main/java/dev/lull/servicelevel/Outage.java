package dev.lull.servicelevel;

import java.time.Instant;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.Version;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;

import dev.lull.schedule.Interval;

/** Unplanned downtime of some hosts, from its start until its end (none while it lasts). */
@Entity
public class Outage extends PanacheEntityBase {
    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;
    public Instant startAt;
    public Instant endAt;
    public String cause;
    public String clusterName;
    @ElementCollection
    @CollectionTable(name = "outage_host", joinColumns = @JoinColumn(name = "outage_id"))
    @Column(name = "host")
    public Set<String> hosts = new HashSet<>();
    public String reportedBy;
    @Version
    public long version;
    public Instant createdAt;
    public Instant updatedAt;

    /** The outages of any of these hosts that overlap {@code range}, open ones included. */
    public static List<Outage> overlapping(Set<String> hosts, Interval range) {
        return find("select distinct o from Outage o join o.hosts h where h in ?1 and o.startAt < ?2 "
                + "and (o.endAt is null or o.endAt > ?3)", hosts, range.end(), range.start()).list();
    }

    /** The time it has lasted by {@code until} (up to its end when that comes sooner), if any. */
    public Optional<Interval> lastedUntil(Instant until) {
        Instant end = endAt != null && endAt.isBefore(until) ? endAt : until;
        return startAt.isBefore(end) ? Optional.of(new Interval(startAt, end)) : Optional.empty();
    }
}
