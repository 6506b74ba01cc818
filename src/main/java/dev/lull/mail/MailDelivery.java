package dev.lull.mail;

import java.time.Instant;
import java.util.UUID;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;

/** One message on its way to one person: the mail outbox row, rendered, with its attempts so far. */
@Entity
public class MailDelivery extends PanacheEntityBase {
    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;
    public UUID eventId;
    public String type;
    public Long changeId;
    public String recipient;
    public String address;
    public String subject;
    public String textBody;
    public String htmlBody;
    public String calendar;
    public String calendarMethod;
    @Enumerated(EnumType.STRING)
    public MailStatus status;
    public int attempts;
    public Instant nextAttemptAt;
    public Instant lockedUntil;
    public Instant lastAttemptAt;
    public String lastError;
    public Instant deliveredAt;
    public Instant createdAt;

    /** A message due now, or a SKIPPED record of one when {@code address} is null. */
    static MailDelivery of(UUID eventId, String type, Long changeId, String recipient, String address,
            RenderedMail mail, Instant now) {
        MailDelivery delivery = new MailDelivery();
        delivery.eventId = eventId;
        delivery.type = type;
        delivery.changeId = changeId;
        delivery.recipient = recipient;
        delivery.address = address;
        delivery.subject = mail.subject();
        delivery.textBody = mail.text();
        delivery.htmlBody = mail.html();
        delivery.calendar = mail.calendar();
        delivery.calendarMethod = mail.calendarMethod();
        delivery.createdAt = now;
        if (address == null) {
            delivery.status = MailStatus.SKIPPED;
            delivery.lastError = "no e-mail address";
        } else {
            delivery.status = MailStatus.PENDING;
            delivery.nextAttemptAt = now;
        }
        return delivery;
    }
}
