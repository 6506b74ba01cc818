package dev.lull.mail;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;

import jakarta.mail.BodyPart;
import jakarta.mail.MessagingException;
import jakarta.mail.Multipart;
import jakarta.mail.Part;
import jakarta.mail.internet.MimeMessage;

import com.icegreen.greenmail.store.FolderException;
import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;

/**
 * The tests' real SMTP server (GreenMail, in this JVM) and what it received. One server serves every mail test and
 * stays up, as a production relay does: stopped and started again on the same port between tests, it left the
 * mailer's pooled connection to the old one dead, and the next send timed out (a failed run of AlarmMailTest).
 */
final class Smtp {
    private static Smtp running;
    private final GreenMail server = new GreenMail(new ServerSetup(MailProfile.smtpPort(), "127.0.0.1", "smtp"));

    private Smtp() {
    }

    /** The server, started if it is not, with no message received yet. */
    static synchronized Smtp fresh() {
        if (running == null) {
            running = new Smtp();
            running.server.start();
        }
        try {
            running.server.purgeEmailFromAllMailboxes();
        } catch (FolderException e) {
            throw new IllegalStateException(e);
        }
        return running;
    }

    /** Stops the server, for a test of delivery while it is down; {@link #fresh()} starts it again. */
    static synchronized void down() {
        if (running != null) {
            running.server.stop();
            running = null;
        }
    }

    /** The messages received about change {@code id}, by their subject. */
    List<MimeMessage> about(long id) {
        return Arrays.stream(server.getReceivedMessages()).filter(m -> subject(m).contains("Change " + id + " "))
                .toList();
    }

    /** Every message received so far. */
    List<MimeMessage> received() {
        return List.of(server.getReceivedMessages());
    }

    static String subject(MimeMessage message) {
        try {
            return message.getSubject();
        } catch (MessagingException e) {
            throw new IllegalStateException(e);
        }
    }

    static String to(MimeMessage message) {
        try {
            return message.getAllRecipients()[0].toString();
        } catch (MessagingException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The first part whose content type starts with {@code type}, as text, searching nested multiparts. */
    static Optional<String> part(Part part, String type) {
        try {
            if (part.isMimeType("multipart/*")) {
                Multipart multipart = (Multipart) part.getContent();
                for (int i = 0; i < multipart.getCount(); i++) {
                    BodyPart child = multipart.getBodyPart(i);
                    Optional<String> found = part(child, type);
                    if (found.isPresent()) {
                        return found;
                    }
                }
                return Optional.empty();
            }
            if (part.getContentType().toLowerCase().startsWith(type)) {
                try (InputStream in = part.getInputStream()) {
                    return Optional.of(new String(in.readAllBytes(), StandardCharsets.UTF_8));
                }
            }
            return Optional.empty();
        } catch (MessagingException e) {
            throw new IllegalStateException(e);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The content type of the first part of that type, e.g. to read its method parameter. */
    static Optional<String> contentType(Part part, String type) {
        try {
            if (part.isMimeType("multipart/*")) {
                Multipart multipart = (Multipart) part.getContent();
                for (int i = 0; i < multipart.getCount(); i++) {
                    Optional<String> found = contentType(multipart.getBodyPart(i), type);
                    if (found.isPresent()) {
                        return found;
                    }
                }
                return Optional.empty();
            }
            return part.getContentType().toLowerCase().startsWith(type)
                    ? Optional.of(part.getContentType())
                    : Optional.empty();
        } catch (MessagingException | IOException e) {
            throw new IllegalStateException(e);
        }
    }
}
