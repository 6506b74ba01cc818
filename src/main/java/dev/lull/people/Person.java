package dev.lull.people;

import java.time.Instant;
import java.util.List;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Version;

import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;

/** How a user who requests, approves or carries out changes is shown and reached, and what they want to be told. */
@Entity
public class Person extends PanacheEntityBase {
    @Id
    public String username;
    public String displayName;
    public String email;
    public String timeZone;
    public String language;
    @Enumerated(EnumType.STRING)
    public MailCadence mailCadence = MailCadence.IMMEDIATE;
    /** The notice types mailed to this person; null for every one. */
    @JdbcTypeCode(SqlTypes.ARRAY)
    @Column(columnDefinition = "text[]")
    public List<String> mailEvents;
    public boolean invitations = true;
    @Version
    public long version;
    public Instant updatedAt;
}
