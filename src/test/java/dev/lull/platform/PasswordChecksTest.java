package dev.lull.platform;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.concurrent.atomic.AtomicInteger;

import org.junit.jupiter.api.DisplayNameGeneration;
import org.junit.jupiter.api.DisplayNameGenerator.ReplaceUnderscores;
import org.junit.jupiter.api.Test;

import io.quarkus.elytron.security.runtime.ElytronPasswordIdentityProvider;
import io.quarkus.security.AuthenticationFailedException;
import io.quarkus.security.credential.PasswordCredential;
import io.quarkus.security.identity.AuthenticationRequestContext;
import io.quarkus.security.identity.SecurityIdentity;
import io.quarkus.security.identity.request.UsernamePasswordAuthenticationRequest;
import io.quarkus.security.runtime.QuarkusPrincipal;
import io.quarkus.security.runtime.QuarkusSecurityIdentity;
import io.smallrye.mutiny.Uni;

@DisplayNameGeneration(ReplaceUnderscores.class)
class PasswordChecksTest {
    /** The embedded users' realm as the checks see it: ann's password is "right"; counts how often it is asked. */
    static final class CountingRealm extends ElytronPasswordIdentityProvider {
        final AtomicInteger asked = new AtomicInteger();

        @Override
        public Uni<SecurityIdentity> authenticate(UsernamePasswordAuthenticationRequest request,
                AuthenticationRequestContext context) {
            asked.incrementAndGet();
            if (request.getUsername().equals("ann")
                    && new String(request.getPassword().getPassword()).equals("right")) {
                return Uni.createFrom().item(QuarkusSecurityIdentity.builder().setPrincipal(new QuarkusPrincipal("ann"))
                        .addRole("viewer").addAttribute("realm", "test").addCredential(request.getPassword()).build());
            }
            return Uni.createFrom().failure(new AuthenticationFailedException());
        }
    }

    final CountingRealm realm = new CountingRealm();
    final PasswordChecks checks = new PasswordChecks(realm);
    final AuthenticationRequestContext blocking = work -> Uni.createFrom().item(work);

    private SecurityIdentity signIn(String user, String password) {
        return checks.authenticate(new UsernamePasswordAuthenticationRequest(user,
                new PasswordCredential(password.toCharArray())), blocking).await().indefinitely();
    }

    @Test
    void a_password_that_passed_is_not_checked_by_the_realm_again() {
        SecurityIdentity first = signIn("ann", "right");
        SecurityIdentity again = signIn("ann", "right");
        assertThat(again.getPrincipal()).isEqualTo(first.getPrincipal());
        assertThat(again.getPrincipal().getName()).isEqualTo("ann");
        assertThat(again.getRoles()).containsExactly("viewer");
        assertThat(again.getAttributes()).isEqualTo(first.getAttributes()).containsEntry("realm", "test");
        assertThat(again.getCredentials()).as("the request's own password, as the realm gives it").singleElement()
                .isInstanceOfSatisfying(PasswordCredential.class,
                        password -> assertThat(password.getPassword()).isEqualTo("right".toCharArray()));
        assertThat(realm.asked).hasValue(1);
    }

    @Test
    void an_admitted_password_signs_in_without_the_realm_until_it_is_forgotten() {
        checks.admit("pass", "secret".toCharArray(), QuarkusSecurityIdentity.builder()
                .setPrincipal(new QuarkusPrincipal("pass")).addRole("viewer").build());
        assertThat(signIn("pass", "secret").getRoles()).containsExactly("viewer");
        assertThat(realm.asked).hasValue(0);
        assertThatThrownBy(() -> signIn("pass", "guess")).isInstanceOf(AuthenticationFailedException.class);

        checks.forget("pass", "secret".toCharArray());

        assertThatThrownBy(() -> signIn("pass", "secret")).isInstanceOf(AuthenticationFailedException.class);
        assertThat(realm.asked).hasValue(2);
    }

    @Test
    void what_is_kept_holds_no_password() {
        signIn("ann", "right");
        assertThat(checks.kept()).hasSize(1).allSatisfy(kept -> assertThat(kept.getCredentials()).isEmpty());
    }

    @Test
    void a_wrong_password_is_checked_every_time_even_after_the_right_one() {
        signIn("ann", "right");
        assertThatThrownBy(() -> signIn("ann", "wrong")).isInstanceOf(AuthenticationFailedException.class);
        assertThatThrownBy(() -> signIn("ann", "wrong")).isInstanceOf(AuthenticationFailedException.class);
        assertThatThrownBy(() -> signIn("ann", "righ")).isInstanceOf(AuthenticationFailedException.class);
        assertThatThrownBy(() -> signIn("ann", "right ")).isInstanceOf(AuthenticationFailedException.class);
        assertThat(realm.asked).hasValue(5);
    }

    @Test
    void user_and_password_are_told_apart_where_they_meet() {
        signIn("ann", "right");
        assertThatThrownBy(() -> signIn("annr", "ight")).isInstanceOf(AuthenticationFailedException.class);
        assertThatThrownBy(() -> signIn("an", "nright")).isInstanceOf(AuthenticationFailedException.class);
        assertThat(realm.asked).hasValue(3);
    }

    @Test
    void the_checks_are_asked_before_the_realm() {
        assertThat(checks.priority()).isGreaterThan(realm.priority());
    }
}
