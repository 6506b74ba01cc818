package dev.lull.console;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import jakarta.enterprise.context.ApplicationScoped;

import dev.lull.change.Caller;
import dev.lull.change.ChangeAction;
import dev.lull.change.ChangeDesk;
import dev.lull.change.ChangeListing;
import dev.lull.change.ChangeStatus;
import dev.lull.change.ChangeSummary;

/**
 * A person's work from today's services: the changes waiting in assessment, authorization and implementation whose
 * allowed actions (ChangeDesk, the API's one source) include the person's, and the open changes they requested.
 * Replace by the {@code /me/work} service when it lands: only this class changes.
 */
@ApplicationScoped
public class ListedWork implements MyWork.Source {
    private static final Set<ChangeStatus> CLOSED = Set.of(ChangeStatus.CLOSED, ChangeStatus.CANCELED);
    private final ChangeListing listing;
    private final ChangeDesk desk;

    ListedWork(ChangeListing listing, ChangeDesk desk) {
        this.listing = listing;
        this.desk = desk;
    }

    @Override
    public MyWork of(Caller caller) {
        List<ChangeSummary> approvals = may(ChangeStatus.ASSESS, ChangeAction.APPROVE, caller);
        List<ChangeSummary> authorizations = may(ChangeStatus.AUTHORIZE, ChangeAction.AUTHORIZE, caller);
        List<ChangeSummary> steps = may(ChangeStatus.IMPLEMENT, ChangeAction.COMPLETE_STEP, caller);
        List<ChangeSummary> requested = new ArrayList<>();
        for (ChangeSummary change : listing.list(criteria(null), 0, 500).items()) {
            if (change.requester().equals(caller.username()) && !CLOSED.contains(change.status())) {
                requested.add(change);
            }
        }
        return new MyWork(approvals, authorizations, steps, requested);
    }

    private List<ChangeSummary> may(ChangeStatus status, ChangeAction action, Caller caller) {
        return listing.list(criteria(status), 0, 500).items().stream()
                .filter(c -> desk.get(c.id(), caller).body().allowedActions().contains(action)).toList();
    }

    private static ChangeListing.Criteria criteria(ChangeStatus status) {
        return new ChangeListing.Criteria(status, null, null, null, null);
    }
}
