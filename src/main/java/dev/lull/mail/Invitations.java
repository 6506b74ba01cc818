package dev.lull.mail;

import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.net.URI;
import java.util.List;
import java.util.Set;

import net.fortuna.ical4j.data.CalendarOutputter;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.ParameterList;
import net.fortuna.ical4j.model.Property;
import net.fortuna.ical4j.model.component.VEvent;
import net.fortuna.ical4j.model.parameter.Cn;
import net.fortuna.ical4j.model.parameter.PartStat;
import net.fortuna.ical4j.model.parameter.Role;
import net.fortuna.ical4j.model.parameter.Rsvp;
import net.fortuna.ical4j.model.property.Attendee;
import net.fortuna.ical4j.model.property.Method;
import net.fortuna.ical4j.model.property.Organizer;
import net.fortuna.ical4j.model.property.ProdId;
import net.fortuna.ical4j.model.property.immutable.ImmutableMethod;
import net.fortuna.ical4j.model.property.immutable.ImmutableVersion;

/**
 * iTIP messages (RFC 5546) for a change's calendar event: the feed's VEVENT (its UID, SEQUENCE, times, status and
 * text) with Lull's configured address as ORGANIZER and one ATTENDEE per recipient; METHOD:REQUEST invites or
 * updates, METHOD:CANCEL withdraws. Replies are not asked for (RSVP=FALSE).
 */
final class Invitations {
    static final String PRODUCT = "-//Lull//Maintenance invitations//EN";
    private static final Set<String> REPLACED = Set.of(Property.ORGANIZER, Property.ATTENDEE);

    private Invitations() {
    }

    /** The calendar text, CRLF line endings, long lines folded. */
    static String itip(VEvent feedEvent, boolean cancel, Invitee organizer, List<Invitee> attendees) {
        VEvent event = new VEvent(false);
        feedEvent.getProperties().stream().filter(p -> !REPLACED.contains(p.getName())).forEach(event::add);
        event.add(new Organizer(new ParameterList(List.of(new Cn(organizer.name()))), mailto(organizer)));
        attendees.forEach(invitee -> event.add(new Attendee(new ParameterList(List.of(new Cn(invitee.name()),
                Role.REQ_PARTICIPANT, PartStat.NEEDS_ACTION, new Rsvp(false))), mailto(invitee))));
        Calendar calendar = new Calendar();
        calendar.add(new ProdId(PRODUCT));
        calendar.add(ImmutableVersion.VERSION_2_0);
        calendar.add(method(cancel));
        calendar.add(event);
        StringWriter out = new StringWriter();
        try {
            new CalendarOutputter(false).output(calendar, out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toString();
    }

    static Method method(boolean cancel) {
        return cancel ? ImmutableMethod.CANCEL : ImmutableMethod.REQUEST;
    }

    private static URI mailto(Invitee invitee) {
        return URI.create("mailto:" + invitee.address());
    }
}
