package dev.lull.calendar;

import java.time.Instant;
import java.util.Optional;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;

/** A subscription: whose it is, what it covers, and the hash of its secret token (never the token itself). */
@Entity
public class CalendarFeed extends PanacheEntityBase {
    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;
    public String tokenHash;
    public String owner;
    @Enumerated(EnumType.STRING)
    public ScopeKind scopeKind;
    public String scopeValue;
    public boolean includeBlackouts;
    public boolean includeTentative;
    public Instant createdAt;

    public static Optional<CalendarFeed> findByTokenHash(String tokenHash) {
        return find("tokenHash", tokenHash).firstResultOptional();
    }

    FeedScope scope() {
        return new FeedScope(scopeKind, scopeValue);
    }
}
