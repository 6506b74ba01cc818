package dev.lull.inventory;

import java.time.Instant;
import java.util.Optional;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Version;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;

/** Hosts that serve together, of which at least {@code minAvailable} must stay up. */
@Entity
public class Cluster extends PanacheEntityBase {
    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;
    public String name;
    public String description;
    public int minAvailable;
    @Version
    public long version;
    public Instant createdAt;
    public Instant updatedAt;

    public static Optional<Cluster> findByName(String name) {
        return find("name", name).firstResultOptional();
    }
}
