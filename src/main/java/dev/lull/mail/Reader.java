package dev.lull.mail;

import java.time.ZoneId;
import java.util.Locale;

import dev.lull.people.MailCadence;
import dev.lull.people.Person;
import dev.lull.people.Preferences;
import dev.lull.platform.NoticeType;

/**
 * A recipient as a message needs them: name, address (null without one), preferences, and the zone and language
 * their dates are written in (their own, else {@code fallback} and English).
 */
record Reader(String username, String name, String address, Preferences preferences, ZoneId zone, Locale locale) {
    private static final Preferences DEFAULTS = new Preferences(MailCadence.IMMEDIATE, null, true, null, null);

    /** Whether this reader wants a message about {@code type} as it happens (not in their digest). */
    boolean immediately(NoticeType type) {
        return preferences.cadence() == MailCadence.IMMEDIATE && preferences.wants(type.id());
    }

    static Reader of(String username, Person person, ZoneId fallback) {
        if (person == null) {
            return new Reader(username, username, null, DEFAULTS, fallback, Locale.ENGLISH);
        }
        Preferences preferences = Preferences.of(person);
        String address = person.email == null || person.email.isBlank() ? null : person.email.strip();
        ZoneId zone = person.timeZone == null ? fallback : ZoneId.of(person.timeZone);
        Locale locale = person.language == null ? Locale.ENGLISH : Locale.forLanguageTag(person.language);
        return new Reader(username, person.displayName, address, preferences, zone, locale);
    }
}
