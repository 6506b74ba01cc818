package dev.lull.people;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import io.quarkus.panache.common.Sort;
import io.quarkus.security.identity.SecurityIdentity;

import dev.lull.platform.ApiProblem;
import dev.lull.platform.ETags;
import dev.lull.platform.NoticeType;
import dev.lull.platform.Paged;
import dev.lull.platform.Roles;
import dev.lull.platform.Versioned;

/** The profiles of people, keyed by username. */
@ApplicationScoped
@Transactional
public class PersonDirectory {
    private final Clock clock;
    private final SignInProfiles profiles;

    PersonDirectory(Clock clock, SignInProfiles profiles) {
        this.clock = clock;
        this.profiles = profiles;
    }

    /** Creates the profile or replaces it. */
    public Versioned<PersonView> put(String username, PersonRequest request, String ifMatch) {
        Person person = findOrNew(username);
        if (person.updatedAt != null) {
            ETags.requireCurrent(ifMatch, person.version);
        }
        person.displayName = request.displayName().trim();
        person.email = request.email();
        person.updatedAt = Instant.now(clock);
        person.persistAndFlush();
        return new Versioned<>(PersonView.of(person), person.version);
    }

    /** The person's mail preferences and the profile's version (empty: no profile yet, the defaults apply). */
    @Transactional(Transactional.TxType.SUPPORTS)
    public Optional<Versioned<Preferences>> preferences(String username) {
        return Person.<Person>findByIdOptional(username)
                .map(person -> new Versioned<>(Preferences.of(person), person.version));
    }

    /** Replaces the person's preferences, creating their profile (named by the username) if they have none. */
    public Versioned<Preferences> putPreferences(String username, Preferences preferences, String ifMatch) {
        requireKnownEvents(preferences);
        Person person = findOrNew(username);
        if (person.updatedAt != null) {
            ETags.requireCurrent(ifMatch, person.version);
        } else {
            person.displayName = username;
        }
        person.mailCadence = preferences.cadence();
        person.mailEvents = preferences.events() == null
                ? null
                : new ArrayList<>(preferences.events().stream().distinct().sorted().toList());
        person.invitations = preferences.invitations();
        person.timeZone = preferences.timeZone();
        person.language = preferences.language();
        person.updatedAt = Instant.now(clock);
        person.persistAndFlush();
        return new Versioned<>(Preferences.of(person), person.version);
    }

    /**
     * Replaces the person's own profile and preferences together (the console's preferences page), so a refusal of
     * either leaves both as they were; {@code ifMatch} as for {@link #put}.
     */
    public Versioned<Preferences> putOwn(String username, PersonRequest profile, Preferences preferences,
            String ifMatch) {
        long version = put(username, profile, ifMatch).version();
        return putPreferences(username, preferences, ETags.ifMatch(version));
    }

    /** The profile of that user, if the directory has one. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public Optional<PersonView> find(String username) {
        return Person.<Person>findByIdOptional(username).map(PersonView::of);
    }

    /** The profile of that user with its version, or a 404 problem. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public Versioned<PersonView> get(String username) {
        Person person = require(username);
        return new Versioned<>(PersonView.of(person), person.version);
    }

    /**
     * Deletes the profile (the user keeps signing in; only the name and address shown go). The row is deleted before
     * the sign-ins are forgotten, so that a sign-in in between waits for the deletion and makes the profile again.
     */
    public void delete(String username, String ifMatch) {
        Person person = require(username);
        ETags.requireMatch(ifMatch, person.version);
        person.delete();
        Person.flush();
        profiles.forget(username);
    }

    /** Whether {@code caller} may set {@code username}'s profile: an admin, or the person themself. */
    public static boolean mayEdit(SecurityIdentity caller, String username) {
        return caller.hasRole(Roles.ADMIN) || caller.getPrincipal().getName().equals(username);
    }

    private static Person findOrNew(String username) {
        return Person.<Person>findByIdOptional(username).orElseGet(() -> {
            Person created = new Person();
            created.username = username;
            return created;
        });
    }

    private static void requireKnownEvents(Preferences preferences) {
        List<String> events = preferences.events() == null ? List.of() : preferences.events();
        for (int i = 0; i < events.size(); i++) {
            if (NoticeType.of(events.get(i)).isEmpty()) {
                throw ApiProblem.invalid("events[" + i + "]", "unknown event type " + events.get(i) + "; one of "
                        + String.join(", ", NoticeType.ids()));
            }
        }
    }

    public Paged<PersonView> list(int page, int size) {
        return Paged.of(Person.<Person>findAll(Sort.by("username")), PersonView::of, page, size);
    }

    private static Person require(String username) {
        return Person.<Person>findByIdOptional(username)
                .orElseThrow(() -> ApiProblem.notFound("no profile for '" + username + "'"));
    }
}
