package dev.lull.mail;

import java.time.Duration;
import java.time.ZoneId;
import java.util.Optional;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/**
 * Settings of e-mail notifications: whether they are on, who sends them, how the outbox is worked. SMTP itself is configured under {@code quarkus.mailer.*}; retries follow {@code lull.notify.retry.*}.
 */
@ConfigMapping(prefix = "lull.mail")
public interface MailConfig {
    /** Whether events are mailed at all; off until an SMTP server is configured. */
    @WithDefault("false")
    boolean enabled();

    /** The sender address of every message. */
    @WithDefault("lull@localhost")
    String from();

    /** The ORGANIZER of calendar invitations; the sender address when unset. */
    Optional<String> organizer();

    /** How often due messages are sent (a scheduler interval such as 5s, or off). */
    @WithDefault("5s")
    String deliveryEvery();

    /** How long one SMTP attempt may take before it counts as failed. */
    @WithDefault("PT30S")
    Duration timeout();

    /** How long a claimed message stays reserved for its worker; must exceed the timeout. */
    @WithDefault("PT2M")
    Duration lease();

    /** At most this many messages are claimed together. */
    @WithDefault("20")
    int batchSize();

    /** How long sent, failed and skipped messages are kept for the deliveries API. */
    @WithDefault("P30D")
    Duration keepDeliveries();

    /** How often settled messages past {@code keep-deliveries} are deleted (a scheduler interval, or off). */
    @WithDefault("1h")
    String pruneEvery();

    /** The daily digest of the people who chose it. */
    Digest digest();

    /** When and what the daily digest tells. */
    interface Digest {
        /** The local hour (0–23) from which a person's digest of the day goes out, in their time zone. */
        @WithDefault("7")
        int hour();

        /** The zone of people who set none. */
        @WithDefault("UTC")
        ZoneId zone();

        /** How far ahead the coming windows reach. */
        @WithDefault("PT48H")
        Duration horizon();

        /** At most this many approvals and this many windows in one digest. */
        @WithDefault("30")
        int maxItems();

        /** How often the job looks for digests due (a scheduler interval such as 10m, or off). */
        @WithDefault("10m")
        String every();
    }
}
