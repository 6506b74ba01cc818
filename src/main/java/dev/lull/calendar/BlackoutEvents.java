package dev.lull.calendar;

import java.time.Duration;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;

import dev.lull.schedule.Blackout;
import dev.lull.schedule.Interval;

import net.fortuna.ical4j.model.Property;
import net.fortuna.ical4j.model.Recur;
import net.fortuna.ical4j.model.component.VEvent;
import net.fortuna.ical4j.model.property.Categories;
import net.fortuna.ical4j.model.property.Description;
import net.fortuna.ical4j.model.property.DtEnd;
import net.fortuna.ical4j.model.property.DtStamp;
import net.fortuna.ical4j.model.property.DtStart;
import net.fortuna.ical4j.model.property.LastModified;
import net.fortuna.ical4j.model.property.RRule;
import net.fortuna.ical4j.model.property.RecurrenceId;
import net.fortuna.ical4j.model.property.Sequence;
import net.fortuna.ical4j.model.property.Summary;
import net.fortuna.ical4j.model.property.Uid;
import net.fortuna.ical4j.model.property.immutable.ImmutableStatus;
import net.fortuna.ical4j.model.property.immutable.ImmutableTransp;

/**
 * Turns a blackout into its VEVENT, in its own time zone, with its RRULE. iCalendar gives every occurrence the
 * first one's exact length, while Lull keeps the local length across clock changes: each occurrence in range whose
 * real length differs gets its own event (same UID, RECURRENCE-ID), so clients show what Lull enforces.
 */
final class BlackoutEvents {
    private final String domain;

    BlackoutEvents(String domain) {
        this.domain = domain;
    }

    FeedEntry entry(Blackout blackout, List<Interval> occurrences) {
        String uid = "blackout-" + blackout.id + "@" + domain;
        ZoneId zone = ZoneId.of(blackout.timeZone);
        VEvent master = master(blackout, uid, zone);
        List<VEvent> events = new ArrayList<>(List.of(master));
        Duration exact = Duration.between(blackout.startAt, blackout.endAt);
        if (blackout.recurrence != null) {
            occurrences.stream().filter(occurrence -> !occurrence.length().equals(exact))
                    .map(occurrence -> override(master, occurrence, zone)).forEach(events::add);
        }
        return new FeedEntry(blackout.startAt, uid, blackout.updatedAt, events);
    }

    private static VEvent master(Blackout blackout, String uid, ZoneId zone) {
        VEvent event = new VEvent(false);
        event.add(new Uid(uid));
        event.add(new DtStamp(blackout.updatedAt));
        event.add(new DtStart<>(TimeZones.local(blackout.startAt, zone)));
        event.add(new DtEnd<>(TimeZones.local(blackout.endAt, zone)));
        event.add(new LastModified(blackout.updatedAt));
        event.add(new Sequence((int) blackout.version));
        event.add(new Summary("Change freeze: " + blackout.name));
        event.add(new Description(describe(blackout)));
        event.add(new Categories("BLACKOUT"));
        event.add(ImmutableStatus.VEVENT_CONFIRMED);
        event.add(ImmutableTransp.TRANSPARENT);
        if (blackout.recurrence != null) {
            event.add(new RRule<>(new Recur<>(blackout.recurrence)));
        }
        return event;
    }

    private static VEvent override(VEvent master, Interval occurrence, ZoneId zone) {
        VEvent event = master.copy();
        event.removeAll(Property.RRULE);
        event.replace(new DtStart<>(TimeZones.local(occurrence.start(), zone)));
        event.replace(new DtEnd<>(TimeZones.local(occurrence.end(), zone)));
        event.add(new RecurrenceId<>(TimeZones.local(occurrence.start(), zone)));
        return event;
    }

    private static String describe(Blackout blackout) {
        String covers = blackout.hosts.isEmpty() && blackout.clusters.isEmpty()
                ? "all hosts"
                : join("hosts", blackout.hosts) + join("clusters", blackout.clusters);
        return "No change may touch " + covers.trim() + " while this lasts.\n"
                + "Reason: " + blackout.reason + "\n"
                + "Times are local to " + blackout.timeZone
                + (blackout.recurrence == null ? "" : "; repeats " + blackout.recurrence);
    }

    private static String join(String label, List<String> names) {
        return names.isEmpty() ? "" : label + " " + String.join(", ", names) + " ";
    }
}
