package dev.lull.mail;

/** One change in a digest: what it is, its window in the reader's zone, its hosts and risk, what it asks, where. */
record DigestItem(long changeId, String title, String status, String window, String hosts, String risk, String ask,
        String link) {
}
