package dev.lull.people;

import java.time.Instant;
import java.util.List;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Version;

import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;

/** A team whose named owners approve changes for it and carry out the plan steps it owns. */
@Entity
public class ApprovalRole extends PanacheEntityBase {
    @Id
    public String roleKey;
    public String title;
    @JdbcTypeCode(SqlTypes.ARRAY)
    @Column(columnDefinition = "text[]")
    public List<String> owners;
    @Version
    public long version;
    public Instant updatedAt;
}
