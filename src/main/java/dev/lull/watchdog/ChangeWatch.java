package dev.lull.watchdog;

import java.time.Instant;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.LockModeType;
import jakarta.persistence.Table;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;

/** The watch of one change's window: its engine state since when, whether its gate is paused, and an override. */
@Entity
@Table(name = "change_watch")
public class ChangeWatch extends PanacheEntityBase {
    @Id
    public Long changeId;
    @Enumerated(EnumType.STRING)
    public WatchState state;
    public Instant since;
    public String reason;
    public boolean paused;
    public String overriddenBy;
    public Instant overriddenAt;
    public String overrideComment;
    public Instant evaluatedAt;

    /** The row of the change, created QUIET from {@code openedAt} when missing, locked until the transaction ends. */
    static ChangeWatch locked(long changeId, Instant openedAt) {
        getEntityManager().createNativeQuery("insert into change_watch (change_id, state, since, reason, "
                + "evaluated_at) values (?1, 'QUIET', ?2, 'the window opened', ?2) on conflict do nothing")
                .setParameter(1, changeId).setParameter(2, openedAt).executeUpdate();
        return findById(changeId, LockModeType.PESSIMISTIC_WRITE);
    }

    /** Whether a change manager's override holds. */
    boolean overridden() {
        return overriddenAt != null;
    }

    /** The state shown: OVERRIDDEN while an override holds over an alarm or unknown. */
    WatchState shown() {
        return overridden() && (state == WatchState.ALARM || state == WatchState.UNKNOWN)
                ? WatchState.OVERRIDDEN
                : state;
    }
}
