package dev.lull.mail;

/** A message ready to send: subject, plain text, HTML, and an iTIP calendar part with its method (or nulls). */
record RenderedMail(String subject, String text, String html, String calendar, String calendarMethod) {
    static final RenderedMail NONE = new RenderedMail("(not sent)", "", "", null, null);
}
