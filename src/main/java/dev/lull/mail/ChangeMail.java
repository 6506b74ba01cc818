package dev.lull.mail;

import java.util.TreeSet;
import java.util.stream.Collectors;

import jakarta.enterprise.context.ApplicationScoped;

import dev.lull.calendar.CalendarConfig;
import dev.lull.change.Approvals;
import dev.lull.change.ChangeRequest;
import dev.lull.platform.NoticeType;

/** Writes one reader's message about a change event: what happened, what is asked of them, where to act. */
@ApplicationScoped
class ChangeMail {
    /** Where a person changes what they receive, under the public URL: their preferences page in the console. */
    static final String PREFERENCES_PATH = "/me/preferences";
    private final MailMessages messages;
    private final String publicUrl;

    ChangeMail(MailMessages messages, CalendarConfig calendar) {
        this.messages = messages;
        this.publicUrl = calendar.publicUrl().replaceAll("/+$", "");
    }

    RenderedMail render(NoticeType type, ChangeRequest change, ChangeParties parties, Part part, Reader reader,
            String actor, String calendar) {
        String happened = MessageText.happened(type, change.id, change.title, actor);
        ChangeMessage message = new ChangeMessage(reader.name(), subject(happened), happened,
                MessageText.ask(type, part, roles(part, parties, reader.username())), change.title, change.id,
                MessageText.window(change.windowStart, change.windowEnd, reader.zone(), reader.locale()),
                String.join(", ", new TreeSet<>(change.hosts)), change.risk == null ? "not stated" : change.risk.name(),
                link(change.id), publicUrl + PREFERENCES_PATH, calendar != null);
        String method = calendar == null ? null : Invitations.method(type == NoticeType.CHANGE_CANCELED).getValue();
        return messages.change(message, calendar, method);
    }

    String link(long changeId) {
        return publicUrl + "/changes/" + changeId;
    }

    /** The console page of a host or cluster ({@code scope} host or cluster). */
    String scopeLink(String scope, String name) {
        return publicUrl + ("cluster".equals(scope) ? "/clusters/" : "/hosts/") + name;
    }

    /** The signed-in person's work in the console. */
    String work() {
        return publicUrl + "/me";
    }

    String preferences() {
        return publicUrl + PREFERENCES_PATH;
    }

    /** The roles that make the reader part of it: the pending ones they own, or the plan steps' roles they own. */
    static String roles(Part part, ChangeParties parties, String user) {
        var roles = part == Part.APPROVER_ASKED ? parties.pendingRoles() : parties.stepRoles();
        String owned = roles.stream().filter(role -> parties.ownersOf(role).contains(user))
                .collect(Collectors.joining(", "));
        return owned.isEmpty() ? Approvals.CHANGE_MANAGER : owned;
    }

    static String subject(String happened) {
        String subject = "[Lull] " + happened;
        return subject.length() > 300 ? subject.substring(0, 299) + "\u2026" : subject;
    }
}
