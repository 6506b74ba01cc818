package dev.lull.mail;

import java.util.List;

/** A person's daily digest: the approvals waiting for them and the coming windows they have a part in. */
record DigestMessage(String reader, String subject, String day, List<Line> approvals, List<Line> windows,
        String preferences) {

    /** One change in the digest: what it is, its window in the reader's zone, and where to act. */
    record Line(long changeId, String title, String window, String hosts, String detail, String link) {
    }
}
