package dev.lull.watchdog;

import java.time.Duration;
import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;

/** A cluster's own watch policy; clusters without one use the configured defaults. */
@Entity
@Table(name = "watch_policy")
public class ClusterWatchPolicy extends PanacheEntityBase {
    @Id
    public Long clusterId;
    @Enumerated(EnumType.STRING)
    public Reaction onAlarm;
    @Enumerated(EnumType.STRING)
    public Reaction onUnknown;
    public double factor;
    @Column(name = "floor_per_hour")
    public double floorPerHour;
    public int spanSeconds;
    public int calmSeconds;
    public int staleAfterSeconds;
    public String updatedBy;
    public Instant updatedAt;

    WatchPolicy policy() {
        return new WatchPolicy(onAlarm, onUnknown, factor, floorPerHour, Duration.ofSeconds(spanSeconds),
                Duration.ofSeconds(calmSeconds), Duration.ofSeconds(staleAfterSeconds));
    }

    void set(WatchPolicy policy, String by, Instant at) {
        onAlarm = policy.onAlarm();
        onUnknown = policy.onUnknown();
        factor = policy.factor();
        floorPerHour = policy.floor();
        spanSeconds = (int) policy.span().toSeconds();
        calmSeconds = (int) policy.calm().toSeconds();
        staleAfterSeconds = (int) policy.staleAfter().toSeconds();
        updatedBy = by;
        updatedAt = at;
    }
}
