package dev.lull.mail;

/**
 * What a message about a change says, in the reader's zone and language: the subject, what happened, what is asked
 * of the reader, the window, hosts and risk, where to act and where to change what one receives.
 */
record ChangeMessage(String reader, String subject, String happened, String ask, String title, long changeId,
        String window, String hosts, String risk, String link, String preferences, boolean invitation) {
}
