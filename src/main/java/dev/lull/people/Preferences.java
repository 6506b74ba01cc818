package dev.lull.people;

import java.util.List;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import dev.lull.platform.TimeZoneId;

/**
 * What a person wants to be told by e-mail and how dates are shown to them: {@code cadence} IMMEDIATE or DIGEST,
 * {@code events} the notice types to mail (null for every one, empty for none), {@code invitations} whether calendar
 * invitations come along, {@code timeZone} (null: the zone of the change's first host) and {@code language} (a
 * BCP 47 tag such as {@code en} or {@code fr-CH}; null: English).
 */
public record Preferences(
        @NotNull MailCadence cadence,
        @Size(max = 30) List<@NotNull @Size(max = 64) String> events,
        @NotNull Boolean invitations,
        @TimeZoneId String timeZone,
        @Pattern(regexp = "[a-z]{2,3}(-[A-Z]{2})?", message = "must be a language tag such as en, de or fr-CH") String language) {

    /** The preferences stored with {@code person}. */
    public static Preferences of(Person person) {
        return new Preferences(person.mailCadence, person.mailEvents == null ? null : List.copyOf(person.mailEvents),
                person.invitations, person.timeZone, person.language);
    }

    /** Whether this person wants mail about notices of type {@code id}. */
    public boolean wants(String id) {
        return events == null || events.contains(id);
    }
}
