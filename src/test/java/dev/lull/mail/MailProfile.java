package dev.lull.mail;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.util.Map;

import io.quarkus.test.junit.QuarkusTestProfile;

/** Mail on, sent by Quarkus' real mailer (not its mock) to the tests' SMTP server on a free local port. */
public class MailProfile implements QuarkusTestProfile {
    private static final String PORT = "lull.test.smtp-port";

    /** The SMTP port, chosen once per JVM (a system property, since the test and Quarkus load this class apart). */
    static synchronized int smtpPort() {
        String port = System.getProperty(PORT);
        if (port == null) {
            try (ServerSocket socket = new ServerSocket(0)) {
                port = Integer.toString(socket.getLocalPort());
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            System.setProperty(PORT, port);
        }
        return Integer.parseInt(port);
    }

    @Override
    public Map<String, String> getConfigOverrides() {
        return Map.of("lull.mail.enabled", "true", "lull.mail.from", "lull@lull.test",
                "lull.mail.organizer", "changes@lull.test", "lull.mail.timeout", "PT5S", "lull.mail.lease", "PT10S",
                "quarkus.mailer.mock", "false", "quarkus.mailer.host", "127.0.0.1",
                "quarkus.mailer.port", Integer.toString(smtpPort()), "quarkus.mailer.start-tls", "DISABLED");
    }
}
