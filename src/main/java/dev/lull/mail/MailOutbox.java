package dev.lull.mail;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.transaction.Transactional;
import jakarta.transaction.Transactional.TxType;

import dev.lull.calendar.ChangeEventSource;
import dev.lull.calendar.ChangeEventSource.ChangeCalendarEvent;
import dev.lull.change.ChangeRequest;
import dev.lull.change.OwningTeams;
import dev.lull.inventory.Host;
import dev.lull.people.Person;
import dev.lull.people.RoleDirectory;
import dev.lull.platform.Notice;
import dev.lull.platform.NoticeType;

/**
 * Writes the messages a change notice calls for to the mail outbox, in the raiser's transaction: one row per
 * recipient that wants the event as it happens (or a SKIPPED row for one without an address); people who chose the
 * daily digest read of it there instead ({@link Digests}). Scheduling invites, a reschedule updates and a cancellation withdraws the
 * change's calendar event for everyone who was invited.
 */
@ApplicationScoped
public class MailOutbox {
    private static final Set<NoticeType> INVITING = Set.of(NoticeType.CHANGE_SCHEDULED,
            NoticeType.CHANGE_RESCHEDULED, NoticeType.CHANGE_CANCELED);
    private final MailConfig config;
    private final RoleDirectory roles;
    private final ChangeEventSource events;
    private final ChangeMail messages;
    private final Clock clock;

    MailOutbox(MailConfig config, RoleDirectory roles, ChangeEventSource events, ChangeMail messages, Clock clock) {
        this.config = config;
        this.roles = roles;
        this.events = events;
        this.messages = messages;
        this.clock = clock;
    }

    /** Observes synchronously, so a rollback of the raiser's transaction takes the messages with it. */
    @Transactional(TxType.MANDATORY)
    void record(@Observes Notice notice) {
        if (!config.enabled() || !(notice.data().get("change") instanceof Number id)) {
            return;
        }
        ChangeRequest change = ChangeRequest.findById(id.longValue());
        ChangeParties parties = ChangeParties.of(change, roles.ownersByRole(), OwningTeams.of(change.hosts));
        Map<String, Part> recipients = Recipients.of(notice.type(), parties);
        if (recipients.isEmpty()) {
            return;
        }
        ZoneId fallback = hostZone(change);
        Map<String, Person> people = Person.<Person>list("username in ?1", recipients.keySet()).stream()
                .collect(Collectors.toMap(p -> p.username, Function.identity()));
        List<Reader> readers = recipients.keySet().stream()
                .map(user -> Reader.of(user, people.get(user), fallback))
                .filter(reader -> reader.immediately(notice.type())).toList();
        String calendar = invitation(notice.type(), change, readers);
        UUID eventId = UUID.randomUUID();
        Instant now = clock.instant();
        String actor = name(notice.data().get("actor"));
        for (Reader reader : readers) {
            boolean invited = calendar != null && reader.preferences().invitations();
            RenderedMail mail = reader.address() == null
                    ? RenderedMail.NONE
                    : messages.render(notice.type(), change, parties, recipients.get(reader.username()), reader,
                            actor, invited ? calendar : null);
            MailDelivery.of(eventId, notice.type().id(), change.id, reader.username(), reader.address(), mail, now)
                    .persist();
        }
    }

    /** The iTIP text for this notice, with every reader who takes invitations as an ATTENDEE; null if none. */
    private String invitation(NoticeType type, ChangeRequest change, List<Reader> readers) {
        if (!INVITING.contains(type)) {
            return null;
        }
        ChangeCalendarEvent event = events.of(change);
        if (!event.revisions().everScheduled()) {
            return null;
        }
        List<Invitee> attendees = new ArrayList<>();
        readers.stream().filter(r -> r.address() != null && r.preferences().invitations())
                .forEach(r -> attendees.add(new Invitee(r.name(), r.address())));
        String organizer = config.organizer().orElse(config.from());
        return attendees.isEmpty()
                ? null
                : Invitations.itip(event.event(), type == NoticeType.CHANGE_CANCELED,
                        new Invitee("Lull", organizer), attendees);
    }

    private static ZoneId hostZone(ChangeRequest change) {
        return new TreeSet<>(change.hosts).stream().findFirst().flatMap(Host::findByName).map(Host::zone)
                .orElse(ZoneOffset.UTC);
    }

    private static String name(Object username) {
        if (username == null) {
            return "Lull";
        }
        Person person = Person.findById(username.toString());
        return person == null ? username.toString() : person.displayName;
    }
}
