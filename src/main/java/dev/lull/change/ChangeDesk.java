package dev.lull.change;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.UUID;
import java.util.stream.Stream;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.LockModeType;
import jakarta.transaction.Transactional;

import dev.lull.inventory.HostCatalog;
import dev.lull.people.RoleDirectory;
import dev.lull.platform.ApiProblem;
import dev.lull.platform.ETags;
import dev.lull.platform.Paged;
import dev.lull.platform.Versioned;

/** Creates, edits and reads change requests, and shows each with the actions its caller may take. */
@ApplicationScoped
@Transactional
public class ChangeDesk {
    private final Clock clock;
    private final RoleDirectory roles;
    private final ChangeJournal journal;
    private final ScheduleCheck schedule;

    ChangeDesk(Clock clock, RoleDirectory roles, ChangeJournal journal, ScheduleCheck schedule) {
        this.clock = clock;
        this.roles = roles;
        this.journal = journal;
        this.schedule = schedule;
    }

    public Versioned<ChangeView> create(ChangeBody body, Caller caller) {
        return create(body, null, caller);
    }

    /** Creates a change booked as part of the plan {@code planId} (null for none). */
    public Versioned<ChangeView> create(ChangeBody body, UUID planId, Caller caller) {
        Instant now = Instant.now(clock);
        RoleOwners owners = owners();
        ChangeRequest change = new ChangeRequest();
        change.requester = caller.username();
        change.createdAt = now;
        apply(change, body, now, owners);
        change.status = ChangeStatus.NEW;
        change.planId = planId;
        change.persist();
        journal.opened(change, caller.username(), now);
        return view(change, caller, owners, now);
    }

    public Versioned<ChangeView> edit(long id, ChangeBody body, String ifMatch, Caller caller) {
        ChangeRequest change = lock(id, ifMatch);
        ETags.requireCurrent(ifMatch, change.version);
        Instant now = Instant.now(clock);
        RoleOwners owners = owners();
        ChangeStatus to = guard(change, ChangeAction.EDIT, caller, now, owners);
        apply(change, body, now, owners);
        journal.record(change, ChangeAction.EDIT, to, caller.username(), now, "edited");
        return view(change, caller, owners, now);
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public Versioned<ChangeView> get(long id, Caller caller) {
        return view(require(id), caller, owners(), Instant.now(clock));
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public Paged<ChangeEvent> history(long id, int page, int size) {
        require(id);
        return ChangeHistoryEntry.of(id, page, size);
    }

    /** The change, locked for this transaction, once {@code If-Match} names its current version. */
    ChangeRequest lock(long id, String ifMatch) {
        ChangeRequest change = ChangeRequest.<ChangeRequest>findByIdOptional(id, LockModeType.PESSIMISTIC_WRITE)
                .orElseThrow(() -> notFound(id));
        ETags.requireMatch(ifMatch, change.version);
        return change;
    }

    /**
     * The status {@code action} leads the change to, once the workflow allows it now and the caller may take it;
     * refused with {@link IllegalTransition} first, then with {@link NotPermitted}.
     */
    ChangeStatus guard(ChangeRequest change, ChangeAction action, Caller caller, Instant now, RoleOwners owners) {
        ChangeStatus to = ChangeWorkflow.next(change.status, change.type, action, change.facts(now));
        ChangePermissions.check(action, change, caller, owners);
        return to;
    }

    /** The change as {@code caller} sees it, flushed so its version is the one the ETag names. */
    Versioned<ChangeView> view(ChangeRequest change, Caller caller, RoleOwners owners, Instant now) {
        ChangeRequest.flush();
        var allowed = ChangeWorkflow.allowedActions(change.status, change.type, change.facts(now));
        var mine = ChangePermissions.filter(allowed, change, caller, owners);
        return new Versioned<>(ChangeView.of(change, mine, schedule.warnings(change)), change.version);
    }

    RoleOwners owners() {
        return new RoleOwners(roles.ownersByRole());
    }

    private static ChangeRequest require(long id) {
        return ChangeRequest.<ChangeRequest>findByIdOptional(id).orElseThrow(() -> notFound(id));
    }

    private static ApiProblem notFound(long id) {
        return ApiProblem.notFound("no change with id " + id);
    }

    private static void apply(ChangeRequest change, ChangeBody body, Instant now, RoleOwners owners) {
        ChangeRules.check(body);
        List<String> unknownHosts = HostCatalog.unknown(body.hosts()).stream().sorted().toList();
        if (!unknownHosts.isEmpty()) {
            throw ApiProblem.unprocessable("unknown host(s): " + String.join(", ", unknownHosts));
        }
        List<String> requiredRoles = body.requiredRoles() == null ? List.of() : body.requiredRoles();
        List<String> unknownRoles = owners.unknown(Stream.concat(requiredRoles.stream(),
                body.plan().stream().map(StepBody::role)).toList());
        if (!unknownRoles.isEmpty()) {
            throw ApiProblem.unprocessable("unknown approval role(s): " + String.join(", ", unknownRoles)
                    + "; see GET /api/v1/roles");
        }
        change.title = body.title().trim();
        change.description = body.description();
        change.type = body.type();
        change.hosts.clear();
        change.hosts.addAll(new HashSet<>(body.hosts()));
        change.windowStart = body.window().start();
        change.windowEnd = body.window().end();
        change.steps.clear();
        body.plan().forEach(step -> change.steps.add(StepRow.of(new PlanStep(step.title().trim(), step.role(),
                step.duration()))));
        change.requiredRoles = new ArrayList<>(requiredRoles.stream().distinct().toList());
        change.risk = body.risk();
        change.backoutPlan = body.backoutPlan();
        change.blackoutOverride = blank(body.blackoutOverride()) ? null : body.blackoutOverride().trim();
        change.templateId = body.template();
        change.updatedAt = now;
        StandardFit.require(change);
        applyPolicy(change);
    }

    /** Adds the roles the approval policies of the change's hosts and clusters require; the requester cannot drop them. */
    static void applyPolicy(ChangeRequest change) {
        change.policyRoles = new ArrayList<>(
                ApprovalPolicies.required(change.hosts, change.type, change.risk).keySet());
    }

    private static boolean blank(String text) {
        return text == null || text.isBlank();
    }
}
