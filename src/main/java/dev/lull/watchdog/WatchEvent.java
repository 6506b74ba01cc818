package dev.lull.watchdog;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;

/** One move of a change's watch (or an override), with the figures behind it as JSON. */
@Entity
@Table(name = "change_watch_event")
public class WatchEvent extends PanacheEntityBase {
    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;
    public long changeId;
    public Instant at;
    @Enumerated(EnumType.STRING)
    public WatchState state;
    public String reason;
    public String actor;
    public String figures;

    /** The change's latest {@code limit} events, oldest first. */
    static List<WatchEvent> latest(long changeId, int limit) {
        List<WatchEvent> events = new ArrayList<>(
                WatchEvent.<WatchEvent>find("changeId = ?1 order by id desc", changeId).page(0, limit).list());
        Collections.reverse(events);
        return events;
    }
}
