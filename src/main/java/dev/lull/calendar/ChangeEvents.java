package dev.lull.calendar;

import java.net.URI;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

import dev.lull.change.ApprovalState;
import dev.lull.change.ChangeRequest;
import dev.lull.change.ChangeStatus;

import net.fortuna.ical4j.model.Parameter;
import net.fortuna.ical4j.model.ParameterList;
import net.fortuna.ical4j.model.component.VEvent;
import net.fortuna.ical4j.model.parameter.Cn;
import net.fortuna.ical4j.model.parameter.PartStat;
import net.fortuna.ical4j.model.parameter.Role;
import net.fortuna.ical4j.model.property.Attendee;
import net.fortuna.ical4j.model.property.Categories;
import net.fortuna.ical4j.model.property.Description;
import net.fortuna.ical4j.model.property.DtEnd;
import net.fortuna.ical4j.model.property.DtStamp;
import net.fortuna.ical4j.model.property.DtStart;
import net.fortuna.ical4j.model.property.LastModified;
import net.fortuna.ical4j.model.property.Organizer;
import net.fortuna.ical4j.model.property.Sequence;
import net.fortuna.ical4j.model.property.Status;
import net.fortuna.ical4j.model.property.Summary;
import net.fortuna.ical4j.model.property.Uid;
import net.fortuna.ical4j.model.property.Url;
import net.fortuna.ical4j.model.property.immutable.ImmutableStatus;
import net.fortuna.ical4j.model.property.immutable.ImmutableTransp;

/** Turns a change request into its VEVENT: window in UTC, state as STATUS, people as ORGANIZER and ATTENDEEs. */
final class ChangeEvents {
    /** Where a person looks at a change, under the public URL: its API resource until the console serves one. */
    static final String CHANGE_PATH = "/changes/";
    private final String domain;
    private final String publicUrl;
    private final Directory directory;

    ChangeEvents(String domain, String publicUrl, Directory directory) {
        this.domain = domain;
        this.publicUrl = publicUrl.replaceAll("/+$", "");
        this.directory = directory;
    }

    /** The change's entry; {@code watch} is the line on the load watch of its open window, or null. */
    FeedEntry entry(ChangeRequest change, ChangeRevisions revisions, String watch) {
        String uid = change.id + "@" + domain;
        Set<String> attendees = attendees(change);
        Instant modified = directory.lastChanged(change.updatedAt, people(change, attendees),
                ScopeFilter.rolesOf(change));
        VEvent event = new VEvent(false);
        event.add(new Uid(uid));
        event.add(new DtStamp(modified));
        event.add(new DtStart<>(change.windowStart));
        event.add(new DtEnd<>(change.windowEnd));
        event.add(new LastModified(modified));
        event.add(new Sequence(revisions.sequence()));
        event.add(new Summary(change.title + " (" + String.join(", ", new TreeSet<>(change.hosts)) + ")"));
        event.add(new Description(ChangeText.describe(change, directory, link(change), watch)));
        event.add(new Categories(change.type.name()));
        event.add(status(change.status));
        event.add(ImmutableTransp.OPAQUE);
        event.add(new Url(URI.create(link(change))));
        directory.mailto(change.requester).ifPresent(mail -> event.add(new Organizer(named(change.requester), mail)));
        attendees.forEach(user -> directory.mailto(user).ifPresent(mail -> event.add(attendee(change, user, mail))));
        return new FeedEntry(change.windowStart, uid, modified, List.of(event));
    }

    static Status status(ChangeStatus status) {
        return switch (status) {
            case NEW, ASSESS, AUTHORIZE -> ImmutableStatus.VEVENT_TENTATIVE;
            case SCHEDULED, IMPLEMENT, REVIEW, CLOSED -> ImmutableStatus.VEVENT_CONFIRMED;
            case CANCELED -> ImmutableStatus.VEVENT_CANCELLED;
        };
    }

    private String link(ChangeRequest change) {
        return publicUrl + CHANGE_PATH + change.id;
    }

    /** The owners of the roles the change involves and whoever decided an approval, but not the requester. */
    private Set<String> attendees(ChangeRequest change) {
        Set<String> users = new TreeSet<>();
        ScopeFilter.rolesOf(change).forEach(role -> users.addAll(directory.owners(role)));
        change.approvals.stream().filter(a -> a.decidedBy != null).forEach(a -> users.add(a.decidedBy));
        users.remove(change.requester);
        return users;
    }

    private static List<String> people(ChangeRequest change, Set<String> attendees) {
        List<String> people = new ArrayList<>(attendees);
        people.add(change.requester);
        return people;
    }

    private Attendee attendee(ChangeRequest change, String user, URI mail) {
        List<Parameter> parameters = new ArrayList<>(List.of(new Cn(directory.name(user)), Role.REQ_PARTICIPANT));
        decision(change, user).ifPresent(parameters::add);
        return new Attendee(new ParameterList(parameters), mail);
    }

    /** ACCEPTED or DECLINED when the user approved or rejected the change for a role. */
    private static Optional<PartStat> decision(ChangeRequest change, String user) {
        return change.approvals.stream().filter(approval -> user.equals(approval.decidedBy))
                .map(approval -> approval.state == ApprovalState.APPROVED
                        ? PartStat.ACCEPTED
                        : approval.state == ApprovalState.REJECTED ? PartStat.DECLINED : null)
                .filter(Objects::nonNull).findFirst();
    }

    private ParameterList named(String user) {
        return new ParameterList(List.of(new Cn(directory.name(user))));
    }
}
