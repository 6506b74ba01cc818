package dev.lull.people;

import java.time.Instant;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Version;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;

/** How a user who requests, approves or carries out changes is shown and reached. */
@Entity
public class Person extends PanacheEntityBase {
    @Id
    public String username;
    public String displayName;
    public String email;
    @Version
    public long version;
    public Instant updatedAt;
}
