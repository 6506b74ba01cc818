package dev.lull.change;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Version;

import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;

/** The stored owning team of one cluster or host: an approval role, named people, or both. */
@Entity
public class OwningTeam extends PanacheEntityBase {
    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;
    public String scopeKind;
    public String scopeName;
    public String roleKey;
    @JdbcTypeCode(SqlTypes.ARRAY)
    @Column(columnDefinition = "text[]")
    public List<String> people = new ArrayList<>();
    public String updatedBy;
    @Version
    public long version;
    public Instant createdAt;
    public Instant updatedAt;

    static Optional<OwningTeam> find(String kind, String name) {
        return find("scopeKind = ?1 and scopeName = ?2", kind, name).firstResultOptional();
    }
}
