package dev.lull.change;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.Version;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;

/** A stored approval policy of one cluster or host. */
@Entity
public class ApprovalPolicy extends PanacheEntityBase {
    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;
    public String scopeKind;
    public String scopeName;
    @ElementCollection
    @CollectionTable(name = "approval_policy_rule", joinColumns = @JoinColumn(name = "policy_id"))
    @OrderColumn(name = "position")
    public List<PolicyRuleRow> rules = new ArrayList<>();
    public String updatedBy;
    @Version
    public long version;
    public Instant createdAt;
    public Instant updatedAt;

    static Optional<ApprovalPolicy> find(String kind, String name) {
        return find("scopeKind = ?1 and scopeName = ?2", kind, name).firstResultOptional();
    }

    PolicyRequirement.Scoped scoped() {
        return new PolicyRequirement.Scoped(scopeKind + " " + scopeName,
                rules.stream().map(PolicyRuleRow::rule).toList());
    }
}
