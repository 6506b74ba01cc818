package dev.lull.mail;

import java.nio.charset.StandardCharsets;
import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;

import io.quarkus.mailer.Mail;
import io.quarkus.mailer.reactive.ReactiveMailer;

import dev.lull.calendar.CalendarConfig;

/**
 * Hands one message to the SMTP server configured under {@code quarkus.mailer.*}: plain text and HTML, the iTIP part
 * as {@code text/calendar; method=…}, and a Message-ID that stays the same on every attempt so that mail clients can
 * drop a duplicate.
 */
@ApplicationScoped
class MailSender {
    private final ReactiveMailer mailer;
    private final MailConfig config;
    private final String domain;

    MailSender(ReactiveMailer mailer, MailConfig config, CalendarConfig calendar) {
        this.mailer = mailer;
        this.config = config;
        this.domain = calendar.domain();
    }

    /** Sends the message within the configured timeout; the reason it failed, or empty when the server took it. */
    Optional<String> send(ClaimedMail claimed) {
        Mail mail = Mail.withText(claimed.address(), claimed.subject(), claimed.text()).setHtml(claimed.html())
                .setFrom(config.from()).addHeader("Message-ID", "<mail-" + claimed.id() + "@" + domain + ">");
        if (claimed.calendar() != null) {
            mail.addAttachment("invite.ics", claimed.calendar().getBytes(StandardCharsets.UTF_8),
                    "text/calendar; charset=UTF-8; method=" + claimed.calendarMethod());
        }
        try {
            mailer.send(mail).await().atMost(config.timeout());
            return Optional.empty();
        } catch (RuntimeException e) {
            return Optional.of(describe(e));
        }
    }

    private static String describe(Throwable failure) {
        for (Throwable t = failure; t != null; t = t.getCause()) {
            if (t.getMessage() != null) {
                return t.getClass().getSimpleName() + ": " + t.getMessage();
            }
        }
        return failure.getClass().getSimpleName();
    }
}
