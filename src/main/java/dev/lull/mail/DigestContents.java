package dev.lull.mail;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

import jakarta.enterprise.context.ApplicationScoped;

import io.quarkus.panache.common.Sort;

import dev.lull.change.ChangeRequest;
import dev.lull.change.ChangeStatus;
import dev.lull.change.OwningTeams;
import dev.lull.people.RoleDirectory;
import dev.lull.platform.NoticeType;

/**
 * What digests tell, read once per run: the changes awaiting a decision and those whose window opens within the
 * horizon, each with who it concerns; then each reader's share of them, in their zone and language.
 */
@ApplicationScoped
class DigestContents {
    /** At most this many changes of each kind are read per run; a digest shows at most {@code max-items}. */
    static final int READ = 500;
    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("EEEE d MMMM uuuu");
    private final RoleDirectory roles;
    private final ChangeMail changes;
    private final MailConfig config;

    DigestContents(RoleDirectory roles, ChangeMail changes, MailConfig config) {
        this.roles = roles;
        this.changes = changes;
        this.config = config;
    }

    /** A change and who it concerns, by username. */
    record Concern(ChangeRequest change, ChangeParties parties, Map<String, Part> readers) {
    }

    /** The open changes of this run: awaiting a decision, and with a window coming before {@code until}. */
    record Open(List<Concern> awaiting, List<Concern> coming) {
    }

    Open open(Instant now) {
        Map<String, Set<String>> owners = roles.ownersByRole();
        List<Concern> awaiting = ChangeRequest.<ChangeRequest>find("status in ?1", Sort.by("id"),
                List.of(ChangeStatus.ASSESS, ChangeStatus.AUTHORIZE)).range(0, READ - 1).stream()
                .map(change -> concern(change, owners, NoticeType.CHANGE_SUBMITTED)).toList();
        List<Concern> coming = ChangeRequest.<ChangeRequest>find(
                "status = ?1 and windowStart >= ?2 and windowStart < ?3", Sort.by("windowStart").and("id"),
                ChangeStatus.SCHEDULED, now, now.plus(config.digest().horizon())).range(0, READ - 1).stream()
                .map(change -> concern(change, owners, NoticeType.CHANGE_SCHEDULED)).toList();
        return new Open(awaiting, coming);
    }

    /** The reader's digest of {@code day}: their approvals and windows, as far as they want to hear of them. */
    DigestMessage of(Reader reader, LocalDate day, Open open) {
        boolean approvals = reader.preferences().wants(NoticeType.CHANGE_SUBMITTED.id())
                || reader.preferences().wants(NoticeType.CHANGE_APPROVED.id());
        boolean windows = reader.preferences().wants(NoticeType.CHANGE_SCHEDULED.id())
                || reader.preferences().wants(NoticeType.CHANGE_WINDOW_REMINDER.id());
        String dayText = DAY.withLocale(reader.locale()).format(day);
        return new DigestMessage(reader.name(), ChangeMail.subject("Your day in Lull, " + dayText), dayText,
                approvals ? items(reader, open.awaiting(), NoticeType.CHANGE_SUBMITTED) : List.of(),
                windows ? items(reader, open.coming(), NoticeType.CHANGE_SCHEDULED) : List.of(),
                hours(config.digest().horizon()), changes.work(), changes.preferences());
    }

    private Concern concern(ChangeRequest change, Map<String, Set<String>> owners, NoticeType type) {
        ChangeParties parties = ChangeParties.of(change, owners, OwningTeams.of(change.hosts));
        return new Concern(change, parties, Recipients.of(type, parties));
    }

    private List<DigestItem> items(Reader reader, List<Concern> concerns, NoticeType type) {
        return concerns.stream().filter(concern -> concern.readers().containsKey(reader.username()))
                .limit(config.digest().maxItems()).map(concern -> item(reader, concern, type)).toList();
    }

    private DigestItem item(Reader reader, Concern concern, NoticeType type) {
        ChangeRequest change = concern.change();
        Part part = concern.readers().get(reader.username());
        String window = change.windowStart == null
                ? "not booked yet"
                : MessageText.window(change.windowStart, change.windowEnd, reader.zone(), reader.locale());
        return new DigestItem(change.id, change.title, change.status.name(), window,
                String.join(", ", new TreeSet<>(change.hosts)),
                change.risk == null ? "not stated" : change.risk.name(),
                MessageText.ask(type, part, ChangeMail.roles(part, concern.parties(), reader.username())),
                changes.link(change.id));
    }

    private static String hours(Duration horizon) {
        return horizon.toHours() + " hours";
    }
}
