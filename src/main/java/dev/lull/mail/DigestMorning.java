package dev.lull.mail;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.Optional;

/**
 * When a person's daily digest is due: from the configured hour of their local day on, in their zone's own rules,
 * so a DST night moves it with the wall clock; an hour the night skips counts as passed once the clock jumps over it.
 */
final class DigestMorning {
    private DigestMorning() {
    }

    /** The local day whose digest is due at {@code now}, or empty while that day's hour has not come. */
    static Optional<LocalDate> due(Instant now, ZoneId zone, int hour) {
        ZonedDateTime local = now.atZone(zone);
        return local.getHour() >= hour ? Optional.of(local.toLocalDate()) : Optional.empty();
    }
}
