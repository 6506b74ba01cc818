package dev.lull.change;

import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;

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
import jakarta.persistence.Version;

import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;

import dev.lull.schedule.Interval;

/** A stored change request; its rules live in the plain-Java workflow, read through the methods below. */
@Entity
public class ChangeRequest extends PanacheEntityBase {
    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;
    public String title;
    public String description;
    @Enumerated(EnumType.STRING)
    public ChangeType type;
    @Enumerated(EnumType.STRING)
    public ChangeStatus status;
    public String requester;
    public Instant windowStart;
    public Instant windowEnd;
    @ElementCollection
    @CollectionTable(name = "change_host", joinColumns = @JoinColumn(name = "change_id"))
    @Column(name = "host")
    public Set<String> hosts = new HashSet<>();
    @ElementCollection
    @CollectionTable(name = "plan_step", joinColumns = @JoinColumn(name = "change_id"))
    @OrderColumn(name = "position")
    public List<StepRow> steps = new ArrayList<>();
    @JdbcTypeCode(SqlTypes.ARRAY)
    @Column(columnDefinition = "text[]")
    public List<String> requiredRoles = new ArrayList<>();
    @ElementCollection
    @CollectionTable(name = "approval", joinColumns = @JoinColumn(name = "change_id"))
    @OrderColumn(name = "position")
    public List<ApprovalRow> approvals = new ArrayList<>();
    @Enumerated(EnumType.STRING)
    public Risk risk;
    public String backoutPlan;
    public String blackoutOverride;
    public String returnedReason;
    public String cancelReason;
    @Enumerated(EnumType.STRING)
    public Outcome outcome;
    public Instant actualStart;
    public Instant actualEnd;
    public String completionComment;
    public String review;
    public Double expectedLoad;
    public Double observedLoad;
    public Instant remindedAt;
    public Long templateId;
    /** The plan this change was booked with, shared by the changes booked together; null for a single change. */
    public UUID planId;
    @JdbcTypeCode(SqlTypes.ARRAY)
    @Column(columnDefinition = "text[]")
    public List<String> policyRoles = new ArrayList<>();
    @Version
    public long version;
    public Instant createdAt;
    public Instant updatedAt;

    Interval window() {
        return new Interval(windowStart, windowEnd);
    }

    /**
     * The span the change holds its hosts for: its window, but from its start for an EMERGENCY change whose work
     * started before the window did.
     */
    Interval heldWindow() {
        boolean startedEarly = type == ChangeType.EMERGENCY && actualStart != null && actualStart.isBefore(windowStart);
        return startedEarly ? new Interval(actualStart, windowEnd) : window();
    }

    Plan plan() {
        return new Plan(steps.stream().map(StepRow::step).toList());
    }

    PlanProgress progress() {
        return new PlanProgress(plan(), (int) steps.stream().filter(step -> step.doneBy != null).count());
    }

    /** The roles a fresh round needs: the requested ones (or the plan's) and the policy's. */
    List<String> roundRoles() {
        return PolicyRequirement.union(requiredRoles, plan(), policyRoles);
    }

    Approvals approvalRound() {
        return new Approvals(requester, approvals.stream().map(ApprovalRow::approval).toList());
    }

    void replaceApprovals(Approvals round) {
        approvals.clear();
        round.approvals().forEach(approval -> approvals.add(ApprovalRow.of(approval)));
    }

    TransitionFacts facts(Instant now) {
        return TransitionFacts.of(approvalRound(), window(), now, progress());
    }

    /** Whether this change overrides blackouts, read without loading its plan. */
    boolean overridesBlackouts() {
        return PlannedChange.overrides(type, blackoutOverride);
    }

    PlannedChange planned() {
        return new PlannedChange(id == null ? -1 : id, type, hosts, window(), plan(), blackoutOverride);
    }
}
