package dev.lull.people;

import java.time.Instant;

/** A person as the API shows them. */
public record PersonView(String username, String displayName, String email, Instant updatedAt) {
    static PersonView of(Person person) {
        return new PersonView(person.username, person.displayName, person.email, person.updatedAt);
    }
}
