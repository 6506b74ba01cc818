package dev.lull.change;

import java.time.Clock;
import java.time.Instant;
import java.util.function.Supplier;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import jakarta.transaction.Transactional.TxType;

import dev.lull.people.RoleDirectory;
import dev.lull.platform.Versioned;

/**
 * Keeps refused decisions and steps in the change's audit trail: the refused action's own transaction rolls back,
 * so the refusal is appended afterwards, in a transaction of its own, and the 403 goes on to the caller. The same
 * refusal (actor, action, reason) is kept once until the change moves, so repeated requests cannot grow the trail. An action
 * the status does not allow (409) lists the actions the caller may take, as {@code GET} does.
 */
@ApplicationScoped
public class ChangeRefusals {
    private final Clock clock;
    private final RoleDirectory roles;

    ChangeRefusals(Clock clock, RoleDirectory roles) {
        this.clock = clock;
        this.roles = roles;
    }

    /** Runs {@code call}; a {@link NotPermitted} it throws is recorded as {@code actor}'s refused {@code action}. */
    public Versioned<ChangeView> recorded(long changeId, ChangeAction action, Caller caller,
            Supplier<Versioned<ChangeView>> call) {
        try {
            return narrowing(changeId, caller, call);
        } catch (NotPermitted refusal) {
            record(changeId, action, caller.username(), refusal);
            throw refusal;
        }
    }

    /** Runs {@code call}; a {@link IllegalTransition} it throws lists the actions the caller may take instead. */
    Versioned<ChangeView> narrowing(long changeId, Caller caller, Supplier<Versioned<ChangeView>> call) {
        try {
            return call.get();
        } catch (IllegalTransition refusal) {
            throw narrowed(changeId, caller, refusal);
        }
    }

    @Transactional(TxType.SUPPORTS)
    IllegalTransition narrowed(long changeId, Caller caller, IllegalTransition refusal) {
        return ChangeRequest.<ChangeRequest>findByIdOptional(changeId)
                .map(change -> refusal.narrowedTo(ChangePermissions.allowed(change, caller,
                        new RoleOwners(roles.ownersByRole()), Instant.now(clock))))
                .orElse(refusal);
    }

    @Transactional(TxType.REQUIRES_NEW)
    void record(long changeId, ChangeAction action, String actor, NotPermitted refusal) {
        if (ChangeHistoryEntry.alreadyRefused(changeId, actor, action, refusal.reason())) {
            return;
        }
        ChangeRequest.<ChangeRequest>findByIdOptional(changeId).ifPresent(change -> ChangeHistoryEntry.append(changeId,
                new ChangeEvent(action, change.status, change.status, actor, Instant.now(clock),
                        refusal.getMessage(), refusal.reason())));
    }
}
