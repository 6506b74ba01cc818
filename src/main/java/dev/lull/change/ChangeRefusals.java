package dev.lull.change;

import java.time.Clock;
import java.time.Instant;
import java.util.function.Supplier;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import jakarta.transaction.Transactional.TxType;

import dev.lull.platform.Versioned;

/**
 * Keeps refused decisions and steps in the change's audit trail: the refused action's own transaction rolls back,
 * so the refusal is appended afterwards, in a transaction of its own, and the 403 goes on to the caller.
 */
@ApplicationScoped
public class ChangeRefusals {
    private final Clock clock;

    ChangeRefusals(Clock clock) {
        this.clock = clock;
    }

    /** Runs {@code call}; a {@link NotPermitted} it throws is recorded as {@code actor}'s refused {@code action}. */
    public Versioned<ChangeView> recorded(long changeId, ChangeAction action, String actor,
            Supplier<Versioned<ChangeView>> call) {
        try {
            return call.get();
        } catch (NotPermitted refusal) {
            record(changeId, action, actor, refusal);
            throw refusal;
        }
    }

    @Transactional(TxType.REQUIRES_NEW)
    void record(long changeId, ChangeAction action, String actor, NotPermitted refusal) {
        ChangeRequest.<ChangeRequest>findByIdOptional(changeId).ifPresent(change -> ChangeHistoryEntry.append(changeId,
                new ChangeEvent(action, change.status, change.status, actor, Instant.now(clock),
                        refusal.getMessage(), refusal.reason())));
    }
}
