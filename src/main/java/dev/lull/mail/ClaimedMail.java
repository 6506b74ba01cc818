package dev.lull.mail;

import java.time.Instant;

/** A message a worker holds under lease, with the attempt number that fences its result. */
record ClaimedMail(long id, String address, String subject, String text, String html, String calendar,
        String calendarMethod, int attempt, Instant createdAt) {
}
