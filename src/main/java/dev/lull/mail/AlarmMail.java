package dev.lull.mail;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashSet;
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

import dev.lull.change.Approvals;
import dev.lull.change.OwningTeams;
import dev.lull.people.Person;
import dev.lull.people.RoleDirectory;
import dev.lull.platform.Notice;
import dev.lull.platform.NoticeType;

/**
 * Mails the alarms that are nobody's change (a service level's budget running low, a load source failing) to the
 * change managers and the owning team of the host or cluster, in the raiser's transaction, as they happen: an alarm
 * does not wait for a digest. Who does not want that event type is not told; one without an address is counted.
 */
@ApplicationScoped
class AlarmMail {
    private static final Map<NoticeType, String> HAPPENED = Map.of(
            NoticeType.AVAILABILITY_BUDGET_LOW, "The downtime budget of %s %s runs low",
            NoticeType.LOAD_SOURCE_FAILING, "The load source of %s %s is failing");
    private static final Map<NoticeType, String> ASK = Map.of(
            NoticeType.AVAILABILITY_BUDGET_LOW, "Please weigh the changes planned there against what is left.",
            NoticeType.LOAD_SOURCE_FAILING, "Please check the source: until it pulls again, Lull plans on old load.");
    /** Data not shown: a load source's address may carry credentials. */
    private static final Set<String> NOT_SHOWN = Set.of("scope", "name", "url");
    private final MailConfig config;
    private final RoleDirectory roles;
    private final MailMessages messages;
    private final ChangeMail changes;
    private final Clock clock;

    AlarmMail(MailConfig config, RoleDirectory roles, MailMessages messages, ChangeMail changes, Clock clock) {
        this.config = config;
        this.roles = roles;
        this.messages = messages;
        this.changes = changes;
        this.clock = clock;
    }

    @Transactional(TxType.MANDATORY)
    void record(@Observes Notice notice) {
        if (!config.enabled() || !HAPPENED.containsKey(notice.type())
                || !(notice.data().get("scope") instanceof String scope)
                || !(notice.data().get("name") instanceof String name)) {
            return;
        }
        Set<String> recipients = recipients(scope, name);
        Map<String, Person> people = recipients.isEmpty()
                ? Map.of()
                : Person.<Person>list("username in ?1", recipients).stream()
                        .collect(Collectors.toMap(p -> p.username, Function.identity()));
        UUID eventId = UUID.randomUUID();
        Instant now = clock.instant();
        for (String user : recipients) {
            Reader reader = Reader.of(user, people.get(user), config.digest().zone());
            if (!reader.preferences().wants(notice.type().id())) {
                continue;
            }
            RenderedMail mail = reader.address() == null
                    ? RenderedMail.NONE
                    : messages.alarm(message(notice, scope, name, reader));
            MailDelivery.of(eventId, notice.type().id(), null, user, reader.address(), mail, now).persist();
        }
    }

    /** The change managers, then the owning team's people and the owners of its role. */
    private Set<String> recipients(String scope, String name) {
        Map<String, Set<String>> owners = roles.ownersByRole();
        Set<String> to = new LinkedHashSet<>(new TreeSet<>(owners.getOrDefault(Approvals.CHANGE_MANAGER,
                Set.of())));
        OwningTeams.ofScope(scope, name).forEach(team -> {
            to.addAll(new TreeSet<>(team.people()));
            if (team.role() != null) {
                to.addAll(new TreeSet<>(owners.getOrDefault(team.role(), Set.of())));
            }
        });
        return to;
    }

    private AlarmMessage message(Notice notice, String scope, String name, Reader reader) {
        String happened = String.format(HAPPENED.get(notice.type()), scope, name);
        List<String> details = new ArrayList<>();
        notice.data().forEach((key, value) -> {
            if (!NOT_SHOWN.contains(key)) {
                details.add(key + ": " + value);
            }
        });
        return new AlarmMessage(reader.name(), ChangeMail.subject(happened), happened, ASK.get(notice.type()),
                details, changes.scopeLink(scope, name), changes.preferences());
    }
}
