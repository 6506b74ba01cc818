package dev.lull.console;

import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;

import dev.lull.change.Caller;
import dev.lull.change.ChangeStatus;
import dev.lull.change.ChangeSummary;
import dev.lull.change.WorkQueue;

/**
 * A person's work as {@code GET /api/v1/me/work} answers it (the change feature's {@link WorkQueue}): decisions
 * awaiting them split into approvals and authorizations, the changes with steps they own, and their open requests.
 */
@ApplicationScoped
public class QueuedWork implements MyWork.Source {
    /** Items of each kind the page shows. */
    static final int SIZE = 100;
    private final WorkQueue queue;

    QueuedWork(WorkQueue queue) {
        this.queue = queue;
    }

    @Override
    public MyWork of(Caller caller) {
        WorkQueue.Work work = queue.of(caller, SIZE);
        List<ChangeSummary> awaiting = work.awaitingDecision().items();
        return new MyWork(inStatus(awaiting, ChangeStatus.ASSESS), inStatus(awaiting, ChangeStatus.AUTHORIZE),
                work.steps().items().stream().map(WorkQueue.StepWork::change).toList(), work.requests().items());
    }

    private static List<ChangeSummary> inStatus(List<ChangeSummary> changes, ChangeStatus status) {
        return changes.stream().filter(change -> change.status() == status).toList();
    }
}
