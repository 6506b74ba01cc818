package dev.lull.mail;

import jakarta.enterprise.context.ApplicationScoped;

import io.quarkus.qute.Location;
import io.quarkus.qute.Template;

/** Renders messages from their Qute templates: a plain-text part and an HTML part (escaped) of the same text. */
@ApplicationScoped
class MailMessages {
    private final Template changeText;
    private final Template changeHtml;
    private final Template digestText;
    private final Template digestHtml;
    private final Template alarmText;
    private final Template alarmHtml;

    MailMessages(@Location("mail/change.txt") Template changeText, @Location("mail/change.html") Template changeHtml,
            @Location("mail/digest.txt") Template digestText, @Location("mail/digest.html") Template digestHtml,
            @Location("mail/alarm.txt") Template alarmText, @Location("mail/alarm.html") Template alarmHtml) {
        this.alarmText = alarmText;
        this.alarmHtml = alarmHtml;
        this.changeText = changeText;
        this.changeHtml = changeHtml;
        this.digestText = digestText;
        this.digestHtml = digestHtml;
    }

    RenderedMail change(ChangeMessage message, String calendar, String method) {
        return new RenderedMail(message.subject(), changeText.data("m", message).render(),
                changeHtml.data("m", message).render(), calendar, method);
    }

    RenderedMail alarm(AlarmMessage message) {
        return new RenderedMail(message.subject(), alarmText.data("m", message).render(),
                alarmHtml.data("m", message).render(), null, null);
    }

    RenderedMail digest(DigestMessage message) {
        return new RenderedMail(message.subject(), digestText.data("m", message).render(),
                digestHtml.data("m", message).render(), null, null);
    }
}
