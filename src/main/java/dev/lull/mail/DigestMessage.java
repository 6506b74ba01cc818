package dev.lull.mail;

import java.util.List;

/**
 * One person's digest of a day: the approvals waiting for them, the windows coming in which they have a part, the
 * link to their work in the console and the one to their preferences.
 */
record DigestMessage(String reader, String subject, String day, List<DigestItem> approvals, List<DigestItem> windows,
        String horizon, String work, String preferences) {

    int items() {
        return approvals.size() + windows.size();
    }
}
