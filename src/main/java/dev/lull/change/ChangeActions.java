package dev.lull.change;

import java.time.Clock;
import java.time.Instant;
import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import dev.lull.platform.ApiProblem;
import dev.lull.platform.Versioned;
import dev.lull.schedule.Conflict;
import dev.lull.schedule.Interval;

/** Moves changes through assessment and authorization: submit, approvals, authorize, reschedule and cancel. */
@ApplicationScoped
@Transactional
public class ChangeActions {
    private final Clock clock;
    private final ChangeDesk desk;
    private final ChangeJournal journal;
    private final ScheduleCheck schedule;

    ChangeActions(Clock clock, ChangeDesk desk, ChangeJournal journal, ScheduleCheck schedule) {
        this.clock = clock;
        this.desk = desk;
        this.journal = journal;
        this.schedule = schedule;
    }

    public Versioned<ChangeView> submit(long id, String ifMatch, Caller caller) {
        ChangeRequest change = desk.lock(id, ifMatch);
        Instant now = Instant.now(clock);
        RoleOwners owners = desk.owners();
        ChangeDesk.applyPolicy(change);
        Approvals round = change.type == ChangeType.NORMAL
                ? Approvals.forChange(change.requester, change.roundRoles())
                : new Approvals(change.requester, List.of());
        var facts = TransitionFacts.of(round, change.window(), now, change.progress());
        ChangeStatus to = ChangeWorkflow.next(change.status, change.type, ChangeAction.SUBMIT, facts);
        ChangePermissions.check(ChangeAction.SUBMIT, change, caller, owners);
        StandardFit.require(change);
        schedule.requireFree(change, now);
        change.replaceApprovals(round);
        change.returnedReason = null;
        String comment = change.overridesBlackouts()
                ? "blackouts overridden: " + change.blackoutOverride
                : null;
        journal.record(change, ChangeAction.SUBMIT, to, caller.username(), now, comment);
        return desk.view(change, caller, owners, now);
    }

    /** What the booking rules say about the change's window now, its plan's length included; empty when free. */
    public List<Conflict> conflicts(long id) {
        ChangeRequest change = ChangeRequest.<ChangeRequest>findByIdOptional(id)
                .orElseThrow(() -> ApiProblem.notFound("no change with id " + id));
        return schedule.conflicts(change, change.window(), Instant.now(clock));
    }

    public Versioned<ChangeView> decide(long id, ApprovalBody body, String ifMatch, Caller caller) {
        ChangeRequest change = desk.lock(id, ifMatch);
        Instant now = Instant.now(clock);
        RoleOwners owners = desk.owners();
        boolean approve = body.decision() == ApprovalDecision.APPROVE;
        ChangeAction action = approve ? ChangeAction.APPROVE : ChangeAction.REJECT;
        ChangeWorkflow.next(change.status, change.type, action, change.facts(now));
        String comment = approve
                ? body.comment()
                : ChangeRules.requireComment("comment", body.comment(),
                        "the reason of a rejection");
        Approvals round = change.approvalRound().decide(caller.username(), body.role(), body.decision(), comment,
                now, owners);
        change.replaceApprovals(round);
        ChangeStatus to = ChangeWorkflow.next(change.status, change.type, action, change.facts(now));
        if (!approve) {
            change.returnedReason = body.role() + " rejected: " + comment;
        }
        journal.record(change, action, to, caller.username(), now, body.role() + ": " + (comment == null
                ? "approved"
                : comment));
        return desk.view(change, caller, owners, now);
    }

    public Versioned<ChangeView> authorize(long id, AuthorizeBody body, String ifMatch, Caller caller) {
        ChangeRequest change = desk.lock(id, ifMatch);
        Instant now = Instant.now(clock);
        RoleOwners owners = desk.owners();
        boolean approve = body.decision() == ApprovalDecision.APPROVE;
        ChangeAction action = approve ? ChangeAction.AUTHORIZE : ChangeAction.REJECT_AUTHORIZATION;
        ChangeStatus to = ChangeWorkflow.next(change.status, change.type, action, change.facts(now));
        change.approvalRound().checkCanAuthorize(caller.username(), owners);
        String comment = body.comment();
        if (approve) {
            schedule.requireFree(change, now);
        } else {
            comment = ChangeRules.requireComment("comment", comment, "the reason of a rejection");
            change.returnedReason = "authorization refused: " + comment;
        }
        journal.record(change, action, to, caller.username(), now, comment);
        return desk.view(change, caller, owners, now);
    }

    public Versioned<ChangeView> reschedule(long id, RescheduleBody body, String ifMatch, Caller caller) {
        ChangeRules.requireWindow("end", body.start(), body.end());
        ChangeRequest change = desk.lock(id, ifMatch);
        Instant now = Instant.now(clock);
        RoleOwners owners = desk.owners();
        ChangeStatus to = desk.guard(change, ChangeAction.RESCHEDULE, caller, now, owners);
        String moved = "moved from " + change.windowStart + " .. " + change.windowEnd + " to " + body.start()
                + " .. " + body.end();
        schedule.requireFree(change, new Interval(body.start(), body.end()), now);
        change.windowStart = body.start();
        change.windowEnd = body.end();
        StandardFit.require(change);
        journal.record(change, ChangeAction.RESCHEDULE, to, caller.username(), now,
                body.comment() == null ? moved : moved + ": " + body.comment());
        return desk.view(change, caller, owners, now);
    }

    public Versioned<ChangeView> cancel(long id, CancelBody body, String ifMatch, Caller caller) {
        ChangeRequest change = desk.lock(id, ifMatch);
        Instant now = Instant.now(clock);
        RoleOwners owners = desk.owners();
        ChangeStatus to = desk.guard(change, ChangeAction.CANCEL, caller, now, owners);
        change.cancelReason = body.reason().trim();
        journal.record(change, ChangeAction.CANCEL, to, caller.username(), now, change.cancelReason);
        return desk.view(change, caller, owners, now);
    }
}
