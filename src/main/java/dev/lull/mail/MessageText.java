package dev.lull.mail;

import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.Map;

import dev.lull.platform.NoticeType;

/** The sentences of a change message: what happened, what is asked of the reader, and the window in their zone. */
final class MessageText {
    private static final Map<NoticeType, String> HAPPENED = Map.ofEntries(
            Map.entry(NoticeType.CHANGE_SUBMITTED, "was submitted by %s"),
            Map.entry(NoticeType.CHANGE_APPROVED, "received every approval and awaits authorization"),
            Map.entry(NoticeType.CHANGE_REJECTED, "was sent back by %s"),
            Map.entry(NoticeType.CHANGE_SCHEDULED, "is scheduled"),
            Map.entry(NoticeType.CHANGE_RESCHEDULED, "was moved to another window by %s"),
            Map.entry(NoticeType.CHANGE_WINDOW_REMINDER, "opens its window soon"),
            Map.entry(NoticeType.CHANGE_STARTED, "was started by %s"),
            Map.entry(NoticeType.CHANGE_COMPLETED, "was completed by %s"),
            Map.entry(NoticeType.CHANGE_CLOSED, "was reviewed and closed by %s"),
            Map.entry(NoticeType.CHANGE_CANCELED, "was canceled by %s"));

    private MessageText() {
    }

    /** "Change 42 “Patch db-1” was submitted by Rita Ortiz". */
    static String happened(NoticeType type, long id, String title, String actor) {
        String what = HAPPENED.getOrDefault(type, "changed");
        return "Change " + id + " \u201c" + title + "\u201d " + String.format(Locale.ROOT, what, actor);
    }

    /** What the reader is asked to do, given why they are told. */
    static String ask(NoticeType type, Part part, String roles) {
        return switch (part) {
            case APPROVER_ASKED -> "Please approve or reject it for " + roles + ", which you own.";
            case AUTHORIZER_ASKED -> "Please authorize it or send it back, as a change manager.";
            case REQUESTER -> type == NoticeType.CHANGE_REJECTED
                    ? "Please revise it and submit it again, or cancel it."
                    : "Nothing is asked of you: you requested it.";
            case STEP_OWNER -> type == NoticeType.CHANGE_SCHEDULED || type == NoticeType.CHANGE_WINDOW_REMINDER
                    || type == NoticeType.CHANGE_RESCHEDULED
                            ? "Please be ready to carry out the steps of " + roles + " in its window."
                            : "Nothing is asked of you: your team owns a step of its plan.";
            case APPROVER -> "Nothing is asked of you: you approved it.";
            case OWNING_TEAM -> "Nothing is asked of you: your team owns one of its hosts.";
        };
    }

    /** "Tue 5 Jan 2027 02:00 – 04:00 (Europe/Paris)", in the reader's language; the end date only when it differs. */
    static String window(Instant start, Instant end, ZoneId zone, Locale locale) {
        DateTimeFormatter day = DateTimeFormatter.ofPattern("EEE d MMM uuuu", locale).withZone(zone);
        DateTimeFormatter time = DateTimeFormatter.ofPattern("HH:mm", locale).withZone(zone);
        boolean sameDay = day.format(start).equals(day.format(end));
        return day.format(start) + " " + time.format(start) + " \u2013 " + (sameDay ? "" : day.format(end) + " ")
                + time.format(end) + " (" + zone.getId() + ")";
    }
}
