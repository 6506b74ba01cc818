package dev.lull.availability;

import java.time.Instant;
import java.util.List;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;

/** A stretch of time during which a host's average load stayed above the threshold; open while it lasts. */
@Entity
public class LoadEpisode extends PanacheEntityBase {
    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;
    public Long hostId;
    public Instant startedAt;
    public Instant endedAt;
    public double observedPerMinute;
    public double capacityPerMinute;

    static List<LoadEpisode> open() {
        return list("endedAt is null");
    }

    static LoadEpisode start(LoadReading reading, Instant at) {
        LoadEpisode episode = new LoadEpisode();
        episode.hostId = reading.total().hostId();
        episode.startedAt = at;
        episode.observedPerMinute = reading.perMinute();
        episode.capacityPerMinute = reading.total().capacityPerMinute();
        return episode;
    }
}
