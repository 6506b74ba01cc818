package dev.lull.change;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import dev.lull.platform.Paged;

/**
 * A person's work on changes, for the API and the console alike: what awaits their decision, the steps they own in
 * changes being implemented, and the open changes they requested; each with the actions they may take.
 */
@ApplicationScoped
@Transactional(Transactional.TxType.SUPPORTS)
public class WorkQueue {
    /** The statuses of a request still on its requester's plate. */
    static final Set<ChangeStatus> OPEN = EnumSet.of(ChangeStatus.NEW, ChangeStatus.ASSESS, ChangeStatus.AUTHORIZE,
            ChangeStatus.SCHEDULED, ChangeStatus.IMPLEMENT, ChangeStatus.REVIEW);
    private final Clock clock;
    private final ChangeListing listing;

    WorkQueue(Clock clock, ChangeListing listing) {
        this.clock = clock;
        this.listing = listing;
    }

    /** A person's work, at most {@code size} items of each kind, soonest window first. */
    public Work of(Caller caller, int size) {
        RoleOwners owners = listing.owners();
        Instant now = Instant.now(clock);
        String me = caller.username();
        Paged<ChangeSummary> awaiting = ChangeListing.summaries(
                listing.page(criteria(Set.of(), me, null, null), 0, size, owners), caller, owners, now);
        Paged<ChangeRequest> implementing = listing.page(criteria(Set.of(), null, null, me), 0, size, owners);
        Paged<ChangeSummary> implemented = ChangeListing.summaries(implementing, caller, owners, now);
        List<StepWork> stepWork = new ArrayList<>();
        for (int i = 0; i < implementing.items().size(); i++) {
            stepWork.add(new StepWork(implemented.items().get(i), stepsOwned(implementing.items().get(i), me, owners)));
        }
        Paged<StepWork> steps = new Paged<>(stepWork, implementing.page(), implementing.size(), implementing.total());
        Paged<ChangeSummary> requests = ChangeListing.summaries(
                listing.page(criteria(OPEN, null, me, null), 0, size, owners), caller, owners, now);
        return new Work(me, awaiting, steps, requests);
    }

    private static ChangeListing.Criteria criteria(Set<ChangeStatus> statuses, String awaiting, String requester,
            String stepsOf) {
        return new ChangeListing.Criteria(statuses, null, null, null, awaiting, requester, stepsOf, null, null,
                null);
    }

    /** The steps not done yet whose role the person owns, numbered from 1. */
    private static List<StepView> stepsOwned(ChangeRequest change, String user, RoleOwners owners) {
        return ChangeView.steps(change).stream().filter(step -> step.doneBy() == null && owners.owns(user, step.role()))
                .toList();
    }

    /** A person's work: three lists, each one page of at most the size asked for, with its total. */
    public record Work(String username, Paged<ChangeSummary> awaitingDecision, Paged<StepWork> steps,
            Paged<ChangeSummary> requests) {
    }

    /** A change being implemented and the steps of it the person owns that are not done yet. */
    public record StepWork(ChangeSummary change, List<StepView> steps) {
    }
}
