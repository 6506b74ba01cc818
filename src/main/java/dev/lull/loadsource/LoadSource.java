package dev.lull.loadsource;

import java.net.URI;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Version;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;

/** A stored load source of one cluster or host: the Prometheus to pull from and the query to ask. */
@Entity
public class LoadSource extends PanacheEntityBase {
    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;
    public String scopeKind;
    public String scopeName;
    public String url;
    public String query;
    public int stepSeconds;
    public long backfillSeconds;
    public String bearerToken;
    public String basicUsername;
    public String basicPassword;
    /** Whether bearerToken and basicPassword hold sealed values ({@link SourceCredentials}). */
    public boolean credentialsSealed;
    public String updatedBy;
    @Version
    public long version;
    public Instant createdAt;
    public Instant updatedAt;

    static Optional<LoadSource> find(String kind, String name) {
        return find("scopeKind = ?1 and scopeName = ?2", kind, name).firstResultOptional();
    }

    /** The settings as the puller uses them. */
    SourceSettings settings() {
        return new SourceSettings(URI.create(url), query, Duration.ofSeconds(stepSeconds),
                Duration.ofSeconds(backfillSeconds), SourceAuth.of(bearerToken, basicUsername, basicPassword));
    }
}
