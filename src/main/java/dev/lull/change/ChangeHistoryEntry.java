package dev.lull.change;

import java.time.Instant;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import org.hibernate.annotations.Immutable;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;

import dev.lull.platform.Paged;

/** One line of a change's audit trail; written once, never updated or deleted (a trigger guards the table). */
@Entity
@Immutable
@Table(name = "change_history")
public class ChangeHistoryEntry extends PanacheEntityBase {
    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;
    public long changeId;
    public Instant at;
    public String actor;
    @Enumerated(EnumType.STRING)
    public ChangeAction action;
    @Enumerated(EnumType.STRING)
    public ChangeStatus fromStatus;
    @Enumerated(EnumType.STRING)
    public ChangeStatus toStatus;
    public String comment;
    @Enumerated(EnumType.STRING)
    public RefusalReason refusal;

    static void append(long changeId, ChangeEvent event) {
        ChangeHistoryEntry entry = new ChangeHistoryEntry();
        entry.changeId = changeId;
        entry.at = event.at();
        entry.actor = event.actor();
        entry.action = event.action();
        entry.fromStatus = event.from();
        entry.toStatus = event.to();
        entry.comment = event.comment();
        entry.refusal = event.refusal();
        entry.persist();
    }

    /** Whether {@code actor} was already refused {@code action} for {@code reason} since the change last moved. */
    static boolean alreadyRefused(long changeId, String actor, ChangeAction action, RefusalReason reason) {
        return count("changeId = ?1 and actor = ?2 and action = ?3 and refusal = ?4 and id > coalesce("
                + "(select max(e.id) from ChangeHistoryEntry e where e.changeId = ?1 and e.refusal is null), 0)",
                changeId, actor, action, reason) > 0;
    }

    static Paged<ChangeEvent> of(long changeId, int page, int size) {
        return Paged.of(ChangeHistoryEntry.<ChangeHistoryEntry>find("changeId = ?1 order by id", changeId),
                entry -> new ChangeEvent(entry.action, entry.fromStatus, entry.toStatus, entry.actor, entry.at,
                        entry.comment, entry.refusal),
                page, size);
    }
}
