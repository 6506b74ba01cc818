package dev.lull.silence;

import java.time.Instant;
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

/** A stored silencing target of one cluster or host: its Alertmanagers and matchers (as JSON). */
@Entity
public class SilencingTarget extends PanacheEntityBase {
    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;
    public String scopeKind;
    public String scopeName;
    @JdbcTypeCode(SqlTypes.ARRAY)
    @Column(columnDefinition = "text[]")
    public List<String> urls;
    public String matchers;
    public String updatedBy;
    @Version
    public long version;
    public Instant createdAt;
    public Instant updatedAt;

    static Optional<SilencingTarget> find(String kind, String name) {
        return find("scopeKind = ?1 and scopeName = ?2", kind, name).firstResultOptional();
    }
}
