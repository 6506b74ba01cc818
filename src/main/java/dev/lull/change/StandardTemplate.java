package dev.lull.change;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;

/** A stored standard change template; what a change must do to fit it is {@link TemplateFit}'s. */
@Entity
@Table(name = "standard_change_template")
public class StandardTemplate extends PanacheEntityBase {
    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;
    public String title;
    public String description;
    @JdbcTypeCode(SqlTypes.ARRAY)
    @Column(columnDefinition = "text[]")
    public List<String> hosts = new ArrayList<>();
    @JdbcTypeCode(SqlTypes.ARRAY)
    @Column(columnDefinition = "text[]")
    public List<String> clusters = new ArrayList<>();
    public long maxDurationSeconds;
    @ElementCollection
    @CollectionTable(name = "standard_change_step", joinColumns = @JoinColumn(name = "template_id"))
    @OrderColumn(name = "position")
    public List<TemplateStepRow> steps = new ArrayList<>();
    @Enumerated(EnumType.STRING)
    public TemplateStatus status;
    public String createdBy;
    public String activatedBy;
    public Instant activatedAt;
    public String retiredBy;
    public Instant retiredAt;
    @Version
    public long version;
    public Instant createdAt;
    public Instant updatedAt;

    Plan plan() {
        return new Plan(steps.stream().map(TemplateStepRow::step).toList());
    }

    TemplateFit fit() {
        return new TemplateFit(id, status, Set.copyOf(hosts), Set.copyOf(clusters),
                Duration.ofSeconds(maxDurationSeconds), plan());
    }
}
