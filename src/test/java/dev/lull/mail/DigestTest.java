package dev.lull.mail;

import static dev.lull.Api.as;
import static dev.lull.Api.clockAt;
import static dev.lull.mail.MailFixtures.T0;
import static dev.lull.mail.MailFixtures.act;
import static dev.lull.mail.MailFixtures.cast;
import static dev.lull.mail.MailFixtures.change;
import static dev.lull.mail.MailFixtures.host;
import static dev.lull.mail.MailFixtures.person;
import static dev.lull.mail.MailFixtures.schedule;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import jakarta.inject.Inject;
import jakarta.mail.internet.MimeMessage;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayNameGeneration;
import org.junit.jupiter.api.DisplayNameGenerator;
import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;

import dev.lull.Api;
import dev.lull.people.MailCadence;
import dev.lull.people.PersonDirectory;
import dev.lull.people.Preferences;

/**
 * The daily digest by real e-mail: what it groups, that it replaces immediate messages for those who chose it, and
 * that it goes out once per person and local day however often and wherever the job runs. Time-sensitive: the
 * mornings are computed from the suite's instant in Europe/Paris.
 */
@QuarkusTest
@TestProfile(MailProfile.class)
@DisplayNameGeneration(DisplayNameGenerator.ReplaceUnderscores.class)
class DigestTest {
    private static final ZoneId PARIS = ZoneId.of("Europe/Paris");
    @Inject
    Digests digests;
    @Inject
    MailWorker worker;
    @Inject
    PersonDirectory people;
    private Smtp smtp;
    private String digester;
    private String immediate;
    private String role;

    @BeforeEach
    void start() {
        clockAt(T0);
        smtp = Smtp.fresh();
        cast();
        digester = Api.unique("dg");
        immediate = Api.unique("im");
        set(digester, MailCadence.DIGEST);
        set(immediate, MailCadence.IMMEDIATE);
        role = Api.role("dgr", "dba", digester, immediate);
    }

    private void set(String user, MailCadence cadence) {
        person(user, user + "@lull.test");
        people.putPreferences(user, new Preferences(cadence, null, true, "Europe/Paris", null), "*");
    }

    /** 07:30 in Paris on the local day two days after the suite's instant: the window of day 3 is under 48 h away. */
    private static Instant morning(LocalTime at) {
        return T0.atZone(PARIS).toLocalDate().plusDays(2).atTime(at).atZone(PARIS).toInstant();
    }

    /** Two changes waiting for the role's approval and one scheduled, with a step of the role, on day 3. */
    private List<Integer> changes() {
        String host = host("ops");
        int first = change(host, role);
        int second = change(host, role);
        int scheduled = change(host, role);
        act("requester", first, "submit", null);
        act("requester", second, "submit", null);
        schedule(scheduled, role);
        return List.of(first, second, scheduled);
    }

    private List<MimeMessage> to(String user, Instant at) {
        worker.deliverDue(at.plus(Duration.ofMinutes(1)));
        return smtp.received().stream().filter(m -> Smtp.to(m).equals(user + "@lull.test")).toList();
    }

    @Test
    void a_digest_groups_the_pending_approvals_and_the_coming_window_in_one_message() throws Exception {
        List<Integer> ids = changes();
        assertThat(to(digester, T0)).as("nothing as it happens for the digest reader").isEmpty();
        assertThat(to(immediate, T0)).as("submitted twice, then submitted and scheduled").hasSize(4);
        clockAt(morning(LocalTime.of(6, 59)));
        digests.send();
        assertThat(to(digester, morning(LocalTime.of(6, 59)))).as("before 07:00 in Paris").isEmpty();
        clockAt(morning(LocalTime.of(7, 30)));
        assertThat(digests.send()).isGreaterThanOrEqualTo(1);
        List<MimeMessage> digest = to(digester, morning(LocalTime.of(7, 30)));
        assertThat(digest).hasSize(1);
        assertThat(Smtp.subject(digest.get(0))).startsWith("[Lull] Your day in Lull, ");
        String text = Smtp.part(digest.get(0), "text/plain").orElseThrow();
        String waiting = text.substring(text.indexOf("WAITING FOR YOUR DECISION (2)"),
                text.indexOf("WINDOWS IN THE NEXT 48 hours (1)"));
        assertThat(waiting).contains("Change " + ids.get(0) + " ", "Change " + ids.get(1) + " ",
                "Please approve or reject it for " + role, "/changes/" + ids.get(0)).doesNotContain(
                        "Change " + ids.get(2) + " ");
        assertThat(text.substring(text.indexOf("WINDOWS IN THE NEXT"))).contains("Change " + ids.get(2) + " ",
                "(Europe/Paris)", "Please be ready to carry out the steps of " + role, "/me/preferences");
        assertThat(Smtp.part(digest.get(0), "text/html").orElseThrow()).contains(
                "<a href=\"http://localhost:8080/changes/" + ids.get(2) + "\">",
                "<a href=\"http://localhost:8080/me\">",
                "/me/preferences\">Choose what you receive</a>");
        assertThat(to(immediate, morning(LocalTime.of(7, 30)))).as("no digest for the immediate reader").hasSize(4);
    }

    @Test
    void the_digest_goes_out_once_per_local_day_however_often_and_on_however_many_replicas_it_runs()
            throws Exception {
        changes();
        Instant at = morning(LocalTime.of(9, 0));
        clockAt(at);
        ExecutorService replicas = Executors.newFixedThreadPool(2);
        try {
            Future<Integer> first = replicas.submit(() -> digests.send());
            Future<Integer> second = replicas.submit(() -> digests.send());
            first.get();
            second.get();
        } finally {
            replicas.shutdown();
        }
        digests.send();
        clockAt(at.plus(Duration.ofHours(10)));
        digests.send();
        assertThat(to(digester, at.plus(Duration.ofHours(10)))).hasSize(1);
        assertThat(log(digester)).containsExactly("DELIVERED");
    }

    @Test
    void nothing_is_sent_when_there_is_nothing_to_say_and_a_person_without_an_address_is_counted() {
        String idle = Api.unique("idle");
        set(idle, MailCadence.DIGEST);
        String silent = Api.unique("na");
        person(silent, null);
        people.putPreferences(silent, new Preferences(MailCadence.DIGEST, null, true, null, null), "*");
        as("admin").body(Map.of("title", "Team", "owners", List.of("dba", digester, immediate, silent)))
                .header("If-Match", "*").put("/api/v1/roles/{key}", role).then().statusCode(200);
        changes();
        Instant at = morning(LocalTime.of(23, 0));
        clockAt(at);
        digests.send();
        worker.deliverDue(at);
        assertThat(log(idle)).isEmpty();
        assertThat(log(silent)).containsExactly("SKIPPED");
        assertThat(log(digester)).containsExactly("DELIVERED");
    }

    private static List<String> log(String user) {
        return as("admin").queryParam("recipient", user).queryParam("type", Digests.TYPE)
                .get("/api/v1/mail/deliveries").then().statusCode(200).extract().<List<String>>path("items.status");
    }
}
