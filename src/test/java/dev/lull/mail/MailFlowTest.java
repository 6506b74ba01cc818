package dev.lull.mail;

import static dev.lull.Api.clockAt;
import static dev.lull.mail.MailFixtures.T0;
import static dev.lull.mail.MailFixtures.act;
import static dev.lull.mail.MailFixtures.cast;
import static dev.lull.mail.MailFixtures.change;
import static dev.lull.mail.MailFixtures.days;
import static dev.lull.mail.MailFixtures.host;
import static dev.lull.mail.MailFixtures.log;
import static dev.lull.mail.MailFixtures.preferences;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.List;
import java.util.Map;

import jakarta.inject.Inject;
import jakarta.mail.internet.MimeMessage;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayNameGeneration;
import org.junit.jupiter.api.DisplayNameGenerator;
import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;

import dev.lull.Api;

/** Who is told what, by real e-mail, along a NORMAL change from submission to closing. */
@QuarkusTest
@TestProfile(MailProfile.class)
@DisplayNameGeneration(DisplayNameGenerator.ReplaceUnderscores.class)
class MailFlowTest {
    @Inject
    MailWorker worker;
    private Smtp smtp;

    @BeforeEach
    void start() {
        clockAt(T0);
        smtp = Smtp.fresh();
        cast();
    }

    private List<String> sentTo(int id, String subjectPart) {
        worker.deliverDue(days(30));
        return smtp.about(id).stream().filter(m -> Smtp.subject(m).contains(subjectPart)).map(Smtp::to).sorted()
                .toList();
    }

    @Test
    void each_step_of_a_normal_change_reaches_the_people_it_concerns_and_asks_what_it_needs() throws Exception {
        preferences("appadmin", "IMMEDIATE", List.of("change.scheduled", "change.completed"), false, null);
        preferences("infra", "IMMEDIATE", List.of(), true, null);
        String role = Api.role("mrole", "dba");
        int id = change(host("ops", "appadmin", "infra"), role);

        act("requester", id, "submit", null);
        assertThat(log(id, "change.submitted")).containsExactly("dba:PENDING");
        assertThat(sentTo(id, "submitted")).containsExactly("dba@lull.test");
        MimeMessage ask = smtp.about(id).get(0);
        assertThat(Smtp.part(ask, "text/plain").orElseThrow()).contains("Please approve or reject it for " + role)
                .contains("/changes/" + id).contains("(Europe/Paris)").contains("Risk:   LOW")
                .contains("/me/preferences");
        assertThat(Smtp.part(ask, "text/html").orElseThrow()).contains("<a href=\"http://localhost:8080/changes/" + id);

        act("dba", id, "approvals", Map.of("role", role, "decision", "APPROVE", "comment", "ok"));
        assertThat(sentTo(id, "awaits authorization")).containsExactly("manager@lull.test");
        assertThat(log(id, "change.approved")).containsExactly("manager2:SKIPPED", "manager:DELIVERED");

        act("manager", id, "authorize", Map.of("decision", "APPROVE", "comment", "go"));
        assertThat(sentTo(id, "is scheduled")).contains("requester@lull.test", "dba@lull.test", "ops@lull.test",
                "appadmin@lull.test").doesNotContain("infra@lull.test");
        assertThat(log(id, "change.authorized")).as("told once, with the scheduled notice").isEmpty();
        MimeMessage noInvitation = smtp.about(id).stream().filter(m -> Smtp.to(m).startsWith("appadmin")).findFirst()
                .orElseThrow();
        assertThat(Smtp.part(noInvitation, "text/calendar")).as("appadmin takes no invitations").isEmpty();

        clockAt(days(3).plus(Duration.ofMinutes(5)));
        act("requester", id, "start", null);
        assertThat(sentTo(id, "was started")).containsExactly("dba@lull.test", "ops@lull.test",
                "requester@lull.test");
        act("dba", id, "steps/1/done", null);
        clockAt(days(3).plus(Duration.ofHours(2)));
        act("requester", id, "complete", Map.of("outcome", "SUCCESSFUL", "comment", "patched"));
        assertThat(sentTo(id, "was completed")).containsExactly("appadmin@lull.test", "dba@lull.test",
                "ops@lull.test", "requester@lull.test");
        act("manager", id, "close", Map.of("review", "went to plan"));
        assertThat(sentTo(id, "closed")).containsExactly("dba@lull.test", "ops@lull.test", "requester@lull.test");
        assertThat(log(id, "change.closed")).containsExactly("dba:DELIVERED", "ops:DELIVERED",
                "requester:DELIVERED");
    }
}
