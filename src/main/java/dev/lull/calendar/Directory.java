package dev.lull.calendar;

import java.net.URI;
import java.time.Instant;
import java.util.Collection;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Function;
import java.util.stream.Collectors;

import dev.lull.change.Approvals;
import dev.lull.people.ApprovalRole;
import dev.lull.people.Person;

/** The people and approval roles a feed mentions: names, e-mail addresses, owners, and when each last changed. */
record Directory(Map<String, Person> people, Map<String, ApprovalRole> roles) {

    static Directory load() {
        return new Directory(
                Person.<Person>listAll().stream().collect(Collectors.toMap(p -> p.username, Function.identity())),
                ApprovalRole.<ApprovalRole>listAll().stream()
                        .collect(Collectors.toMap(r -> r.roleKey, Function.identity())));
    }

    Set<String> owners(String role) {
        ApprovalRole found = roles.get(role);
        return found == null ? Set.of() : new TreeSet<>(found.owners);
    }

    /** The approval roles the user owns. */
    Set<String> rolesOf(String username) {
        return roles.values().stream().filter(role -> role.owners.contains(username)).map(role -> role.roleKey)
                .collect(Collectors.toCollection(TreeSet::new));
    }

    boolean isChangeManager(String username) {
        return owners(Approvals.CHANGE_MANAGER).contains(username);
    }

    /** The display name, or the username when the person has no profile. */
    String name(String username) {
        Person person = people.get(username);
        return person == null ? username : person.displayName;
    }

    Optional<URI> mailto(String username) {
        Person person = people.get(username);
        return person == null || person.email == null || person.email.isBlank()
                ? Optional.empty()
                : Optional.of(URI.create("mailto:" + person.email.trim()));
    }

    /** The latest change to the profiles of these people and to these roles, or {@code since} if later. */
    Instant lastChanged(Instant since, Collection<String> usernames, Collection<String> roleKeys) {
        Instant latest = since;
        for (String username : usernames) {
            latest = later(latest, people.containsKey(username) ? people.get(username).updatedAt : null);
        }
        for (String key : roleKeys) {
            latest = later(latest, roles.containsKey(key) ? roles.get(key).updatedAt : null);
        }
        return latest;
    }

    private static Instant later(Instant a, Instant b) {
        return b == null || a.isAfter(b) ? a : b;
    }
}
