package dev.lull.mail;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;

import org.jboss.logging.Logger;

import io.quarkus.panache.common.Page;
import io.quarkus.panache.common.Sort;
import io.quarkus.scheduler.Scheduled;

import dev.lull.people.MailCadence;
import dev.lull.people.Person;
import dev.lull.platform.AdvisoryLocks;

/**
 * The daily digest job: for each person who chose the digest and whose local morning has come, puts one message on
 * the mail outbox grouping the approvals waiting for them and the windows coming in which they have a part; nothing
 * when there is nothing to say. One replica at a time runs it (an advisory lock), and the day is taken in
 * {@code mail_digest} in the same transaction, so a person hears once per local day however often it runs.
 */
@ApplicationScoped
public class Digests {
    /** The type the mail log shows for digests. */
    static final String TYPE = "mail.digest";
    private static final Logger LOG = Logger.getLogger(Digests.class);
    private static final long LOCK_KEY = 0x4c756c6c44696765L;
    private static final int PAGE = 200;
    private static final String TAKE_DAY = """
            insert into mail_digest (username, local_date, items, created_at) values (?1, ?2, ?3, ?4)
            on conflict do nothing""";
    private final DigestContents contents;
    private final MailMessages messages;
    private final MailConfig config;
    private final EntityManager entityManager;
    private final Clock clock;

    Digests(DigestContents contents, MailMessages messages, MailConfig config, EntityManager entityManager,
            Clock clock) {
        int hour = config.digest().hour();
        if (hour < 0 || hour > 23) {
            throw new IllegalStateException("lull.mail.digest.hour must be 0 to 23, not " + hour);
        }
        this.contents = contents;
        this.messages = messages;
        this.config = config;
        this.entityManager = entityManager;
        this.clock = clock;
    }

    @Scheduled(identity = "mail-digest", every = "{lull.mail.digest.every}", concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void scheduled() {
        int sent = send();
        if (sent > 0) {
            LOG.debugf("Daily digests put on the outbox: %d", sent);
        }
    }

    /** Puts every digest due now on the outbox; a replica that finds another one at it skips. Returns how many. */
    @Transactional
    public int send() {
        if (!config.enabled() || !AdvisoryLocks.tryTransactionLock(LOCK_KEY)) {
            return 0;
        }
        Instant now = clock.instant();
        DigestContents.Open open = null;
        int sent = 0;
        var people = Person.<Person>find("mailCadence", Sort.by("username"), MailCadence.DIGEST)
                .page(Page.ofSize(PAGE));
        for (List<Person> batch = people.list(); !batch.isEmpty(); batch = people.nextPage().list()) {
            for (Person person : batch) {
                Optional<LocalDate> day = due(person, now);
                if (day.isEmpty()) {
                    continue;
                }
                open = open == null ? contents.open(now) : open;
                sent += digest(person, day.get(), open, now) ? 1 : 0;
            }
        }
        return sent;
    }

    private Optional<LocalDate> due(Person person, Instant now) {
        ZoneId zone = person.timeZone == null ? config.digest().zone() : ZoneId.of(person.timeZone);
        return DigestMorning.due(now, zone, config.digest().hour())
                .filter(day -> entityManager.createNativeQuery(
                        "select 1 from mail_digest where username = ?1 and local_date = ?2")
                        .setParameter(1, person.username).setParameter(2, day).getResultList().isEmpty());
    }

    /** Takes the person's day and, when there is something to say, writes their message; whether one was written. */
    private boolean digest(Person person, LocalDate day, DigestContents.Open open, Instant now) {
        Reader reader = Reader.of(person.username, person, config.digest().zone());
        DigestMessage message = contents.of(reader, day, open);
        boolean taken = entityManager.createNativeQuery(TAKE_DAY).setParameter(1, person.username)
                .setParameter(2, day).setParameter(3, message.items()).setParameter(4, now).executeUpdate() == 1;
        if (!taken || message.items() == 0) {
            return false;
        }
        RenderedMail mail = reader.address() == null ? RenderedMail.NONE : messages.digest(message);
        MailDelivery delivery = MailDelivery.of(UUID.randomUUID(), TYPE, null, person.username, reader.address(), mail,
                now);
        delivery.persist();
        entityManager.flush();
        entityManager.createNativeQuery(
                "update mail_digest set delivery_id = ?1 where username = ?2 and local_date = ?3")
                .setParameter(1, delivery.id).setParameter(2, person.username).setParameter(3, day).executeUpdate();
        return true;
    }
}
