package dev.lull.calendar;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import dev.lull.change.ChangeHistoryEntry;
import dev.lull.change.ChangeRequest;

import net.fortuna.ical4j.model.component.VEvent;

/**
 * One change's VEVENT exactly as the feeds show it now (same UID, SEQUENCE, times and text), for invitations that must
 * be the same calendar event as a subscribed feed's. Without the load watch line: an invitation is a copy kept, the
 * watch a state of the moment.
 */
@ApplicationScoped
@Transactional(Transactional.TxType.SUPPORTS)
public class ChangeEventSource {
    private final CalendarConfig config;

    ChangeEventSource(CalendarConfig config) {
        this.config = config;
    }

    /** The change's event and what its history says about it. */
    public ChangeCalendarEvent of(ChangeRequest change) {
        ChangeRevisions revisions = ChangeRevisions.of(ChangeHistoryEntry.<ChangeHistoryEntry>list(
                "changeId = ?1 order by id", change.id));
        VEvent event = new ChangeEvents(config.domain(), config.publicUrl(), Directory.load())
                .entry(change, revisions, null).events().get(0);
        return new ChangeCalendarEvent(event, revisions);
    }

    /** A change's VEVENT with the revisions it was made from. */
    public record ChangeCalendarEvent(VEvent event, ChangeRevisions revisions) {
    }
}
