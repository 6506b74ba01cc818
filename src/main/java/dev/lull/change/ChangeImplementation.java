package dev.lull.change;

import java.time.Clock;
import java.time.Instant;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import dev.lull.platform.Versioned;
import dev.lull.schedule.Interval;

/** Carries scheduled changes out: start, plan steps in order, complete with an outcome, and close with a review. */
@ApplicationScoped
@Transactional
public class ChangeImplementation {
    private final Clock clock;
    private final ChangeDesk desk;
    private final ChangeJournal journal;
    private final ObservedLoad load;

    ChangeImplementation(Clock clock, ChangeDesk desk, ChangeJournal journal, ObservedLoad load) {
        this.clock = clock;
        this.desk = desk;
        this.journal = journal;
        this.load = load;
    }

    public Versioned<ChangeView> start(long id, String ifMatch, Caller caller) {
        ChangeRequest change = desk.lock(id, ifMatch);
        Instant now = Instant.now(clock);
        RoleOwners owners = desk.owners();
        ChangeStatus to = desk.guard(change, ChangeAction.START, caller, now, owners);
        change.actualStart = now;
        journal.record(change, ChangeAction.START, to, caller.username(), now, null);
        return desk.view(change, caller, owners, now);
    }

    public Versioned<ChangeView> stepDone(long id, int number, String ifMatch, Caller caller) {
        ChangeRequest change = desk.lock(id, ifMatch);
        Instant now = Instant.now(clock);
        RoleOwners owners = desk.owners();
        ChangeStatus to = ChangeWorkflow.next(change.status, change.type, ChangeAction.COMPLETE_STEP,
                change.facts(now));
        change.progress().completeStep(number, caller.username(), owners);
        StepRow step = change.steps.get(number - 1);
        step.doneBy = caller.username();
        step.doneAt = now;
        journal.record(change, ChangeAction.COMPLETE_STEP, to, caller.username(), now,
                "step " + number + " done: " + step.title);
        return desk.view(change, caller, owners, now);
    }

    public Versioned<ChangeView> complete(long id, CompleteBody body, String ifMatch, Caller caller) {
        ChangeRequest change = desk.lock(id, ifMatch);
        Instant now = Instant.now(clock);
        RoleOwners owners = desk.owners();
        ChangeStatus to = desk.guard(change, ChangeAction.COMPLETE, caller, now, owners);
        Instant actualStart = body.actualStart() != null ? body.actualStart() : change.actualStart;
        Instant actualEnd = body.actualEnd() != null ? body.actualEnd() : now;
        ChangeRules.requireOrdered("actualEnd", actualStart, actualEnd);
        Completion completion = new Completion(body.outcome(), new Interval(actualStart, actualEnd), body.comment());
        change.outcome = completion.outcome();
        change.actualStart = completion.actual().start();
        change.actualEnd = completion.actual().end();
        change.completionComment = completion.comment();
        journal.record(change, ChangeAction.COMPLETE, to, caller.username(), now,
                completion.outcome() + (completion.comment() == null ? "" : ": " + completion.comment()));
        return desk.view(change, caller, owners, now);
    }

    public Versioned<ChangeView> close(long id, CloseBody body, String ifMatch, Caller caller) {
        ChangeRequest change = desk.lock(id, ifMatch);
        Instant now = Instant.now(clock);
        RoleOwners owners = desk.owners();
        ChangeStatus to = desk.guard(change, ChangeAction.CLOSE, caller, now, owners);
        var observed = load.compare(change.hosts, new Interval(change.actualStart, change.actualEnd));
        change.review = body.review().trim();
        change.expectedLoad = observed.expected();
        change.observedLoad = observed.observed();
        journal.record(change, ChangeAction.CLOSE, to, caller.username(), now, change.review);
        return desk.view(change, caller, owners, now);
    }
}
