package dev.lull.mail;

import java.util.List;

/** What a message about an alarm says: what happened to which host or cluster, the details, where to look. */
record AlarmMessage(String reader, String subject, String happened, String ask, List<String> details, String link,
        String preferences) {
}
