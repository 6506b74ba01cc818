package dev.lull.inventory;

import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import java.util.Optional;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Version;

import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;

/** A machine whose message load Lull tracks; hours and days about it are in its own time zone. */
@Entity
public class Host extends PanacheEntityBase {
    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;
    public String name;
    public String timeZone;
    @ManyToOne(fetch = FetchType.LAZY)
    public Cluster cluster;
    public String role;
    public Double capacityPerMinute;
    @JdbcTypeCode(SqlTypes.ARRAY)
    @Column(columnDefinition = "text[]")
    public List<String> tags;
    @Version
    public long version;
    public Instant createdAt;
    public Instant updatedAt;

    /** The host named so, with its cluster read in the same statement (most callers show or check it). */
    public static Optional<Host> findByName(String name) {
        return find("from Host h left join fetch h.cluster where h.name = ?1", name).firstResultOptional();
    }

    public ZoneId zone() {
        return ZoneId.of(timeZone);
    }
}
