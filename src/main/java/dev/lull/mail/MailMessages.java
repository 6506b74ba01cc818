package dev.lull.mail;

import jakarta.enterprise.context.ApplicationScoped;

import io.quarkus.qute.Location;
import io.quarkus.qute.Template;

/** Renders messages from their Qute templates: a plain-text part and an HTML part (escaped) of the same text. */
@ApplicationScoped
class MailMessages {
    private final Template changeText;
    private final Template changeHtml;

    MailMessages(@Location("mail/change.txt") Template changeText, @Location("mail/change.html") Template changeHtml) {
        this.changeText = changeText;
        this.changeHtml = changeHtml;
    }

    RenderedMail change(ChangeMessage message, String calendar, String method) {
        return new RenderedMail(message.subject(), changeText.data("m", message).render(),
                changeHtml.data("m", message).render(), calendar, method);
    }
}
