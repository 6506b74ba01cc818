package dev.lull.people;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.concurrent.RejectedExecutionException;
import java.util.regex.Pattern;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import jakarta.validation.Validator;

import org.eclipse.microprofile.jwt.JsonWebToken;
import org.jboss.logging.Logger;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;

import io.quarkus.security.identity.AuthenticationRequestContext;
import io.quarkus.security.identity.SecurityIdentity;
import io.quarkus.security.identity.SecurityIdentityAugmentor;
import io.smallrye.mutiny.Uni;
import io.smallrye.mutiny.infrastructure.Infrastructure;

/**
 * Gives a person signing in with a bearer JWT a profile from its claims ({@code email}, {@code name}, else
 * {@code preferred_username}): created on the first sign-in; later sign-ins only fill in what is still missing (an
 * address, or a display name that is just the username), so what the person or an admin set is kept. An address the
 * API would refuse is left out. It looks at each identity as it is made, on the thread that signed the caller in, and
 * writes only a JWT's profile, on a worker thread: observing Quarkus' sign-in event instead had every request, however
 * signed in, hand that event to a worker. A token's claims are written once per {@link #WRITTEN_FOR}, not on every
 * request it signs (the sign-ins remembered weigh {@link #MAX_REMEMBERED} at most).
 */
@ApplicationScoped
public class SignInProfiles implements SecurityIdentityAugmentor {
    private static final Pattern USERNAME = Pattern.compile("[A-Za-z0-9._@-]{1,100}");
    private static final Logger LOG = Logger.getLogger(SignInProfiles.class);
    private static final int MAX_NAME = 200;
    /** What the remembered sign-ins may weigh in all, in about bytes (their characters, and each entry's frame). */
    static final long MAX_REMEMBERED = 1_000_000;
    static final Duration WRITTEN_FOR = Duration.ofMinutes(5);
    private static final String UPSERT = """
            insert into person (username, display_name, email, updated_at) values (?1, ?2, ?3, ?4)
            on conflict (username) do update set
                email = coalesce(person.email, excluded.email),
                display_name = case when person.display_name = person.username
                    then excluded.display_name else person.display_name end,
                version = person.version + 1, updated_at = excluded.updated_at
            where (person.email is null and excluded.email is not null)
               or (person.display_name = person.username and excluded.display_name <> person.username)""";

    private final EntityManager entityManager;
    private final Validator validator;
    private final Clock clock;
    private final Cache<SignIn, Boolean> written = Caffeine.newBuilder()
            .maximumWeight(MAX_REMEMBERED).weigher((SignIn signIn, Boolean yes) -> signIn.characters())
            .expireAfterWrite(WRITTEN_FOR).build();

    SignInProfiles(EntityManager entityManager, Validator validator, Clock clock) {
        this.entityManager = entityManager;
        this.validator = validator;
        this.clock = clock;
    }

    /** Leaves the identity as it is; a JWT's profile is written aside. */
    @Override
    public Uni<SecurityIdentity> augment(SecurityIdentity identity, AuthenticationRequestContext context) {
        if (identity.getPrincipal() instanceof JsonWebToken token) {
            String username = token.getName();
            Optional<String> email = claim(token, "email");
            Optional<String> name = claim(token, "name").or(() -> claim(token, "preferred_username"));
            SignIn signIn = new SignIn(username, email, name);
            if (firstSince(signIn)) {
                try {
                    Infrastructure.getDefaultWorkerPool().execute(() -> write(signIn));
                } catch (RejectedExecutionException e) {
                    written.invalidate(signIn);
                    LOG.debugf("the profile of %s is not written: the service is stopping", username);
                }
            }
        }
        return Uni.createFrom().item(identity);
    }

    /** Whether this sign-in's claims were not written in the last {@link #WRITTEN_FOR}; remembers them if so. */
    boolean firstSince(SignIn signIn) {
        return written.asMap().putIfAbsent(signIn, Boolean.TRUE) == null;
    }

    /** Forgets {@code username}'s sign-ins, so that the next one writes the profile again (after a deletion). */
    void forget(String username) {
        written.asMap().keySet().removeIf(signIn -> signIn.username().equals(username));
    }

    private void write(SignIn signIn) {
        try {
            signedIn(signIn.username(), signIn.email(), signIn.name());
        } catch (RuntimeException e) {
            written.invalidate(signIn);
            LOG.warnf(e, "the profile of %s could not be written at sign-in", signIn.username());
        }
    }

    /** Creates the profile of {@code username} or fills in its missing fields; returns whether a row changed. */
    @Transactional
    public boolean signedIn(String username, Optional<String> email, Optional<String> name) {
        if (username == null || !USERNAME.matcher(username).matches()) {
            return false;
        }
        String displayName = name.map(String::strip).filter(n -> !n.isEmpty())
                .map(n -> n.length() > MAX_NAME ? n.substring(0, MAX_NAME) : n).orElse(username);
        String address = email.map(String::strip).filter(this::valid).orElse(null);
        return entityManager.createNativeQuery(UPSERT).setParameter(1, username).setParameter(2, displayName)
                .setParameter(3, address).setParameter(4, Instant.now(clock)).executeUpdate() > 0;
    }

    private boolean valid(String address) {
        return validator.validateValue(PersonRequest.class, "email", address).isEmpty();
    }

    private static Optional<String> claim(JsonWebToken token, String name) {
        return token.<Object>claim(name).map(Object::toString);
    }

    /** What a sign-in writes: the username and the claims its profile is made from. */
    record SignIn(String username, Optional<String> email, Optional<String> name) {
        /** Its weight in about bytes: the characters it holds, and 256 for the record, its strings and map entry. */
        int characters() {
            return 256 + username.length() + email.map(String::length).orElse(0) + name.map(String::length).orElse(0);
        }
    }
}
