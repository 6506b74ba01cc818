package dev.lull.notify;

import java.time.Instant;
import java.util.List;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Version;

import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;

/** An endpoint that receives the event types it subscribed to, signed with its secret. */
@Entity
public class Webhook extends PanacheEntityBase {
    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;
    public String url;
    @JdbcTypeCode(SqlTypes.ARRAY)
    @Column(columnDefinition = "text[]")
    public List<String> events;
    /** As stored: {@code v1:…} when sealed under {@code lull.notify.secret-key} ({@link SecretSeal}), else as given. */
    public String secret;
    public Instant createdAt;
    /** Paused: no new deliveries are recorded and pending ones wait until it is resumed. */
    public boolean paused;
    @Version
    public long version;

    static List<Webhook> subscribedTo(String type) {
        return list("array_contains(events, ?1) and paused = false order by id", type);
    }
}
