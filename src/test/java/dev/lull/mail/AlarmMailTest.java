package dev.lull.mail;

import static dev.lull.Api.as;
import static dev.lull.Api.clockAt;
import static dev.lull.mail.MailFixtures.T0;
import static dev.lull.mail.MailFixtures.cast;
import static dev.lull.mail.MailFixtures.host;
import static dev.lull.mail.MailFixtures.preferences;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.List;
import java.util.Map;

import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.mail.internet.MimeMessage;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayNameGeneration;
import org.junit.jupiter.api.DisplayNameGenerator;
import org.junit.jupiter.api.Test;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;

import dev.lull.Api;
import dev.lull.platform.Notice;
import dev.lull.platform.NoticeType;

/** Alarms that are nobody's change reach the change managers and the owning team, by real e-mail. */
@QuarkusTest
@TestProfile(MailProfile.class)
@DisplayNameGeneration(DisplayNameGenerator.ReplaceUnderscores.class)
class AlarmMailTest {
    @Inject
    Event<Notice> notices;
    @Inject
    MailWorker worker;
    private Smtp smtp;

    @BeforeEach
    void start() {
        clockAt(T0);
        smtp = Smtp.fresh();
        cast();
    }

    private void raise(NoticeType type, Map<String, Object> data) {
        QuarkusTransaction.requiringNew().run(() -> notices.fire(new Notice(type, data)));
    }

    private List<MimeMessage> about(String name) {
        worker.deliverDue(T0.plus(Duration.ofMinutes(1)));
        return smtp.received().stream().filter(m -> Smtp.subject(m).contains(name)).toList();
    }

    private static List<String> log(String type, String name) {
        List<Map<String, Object>> items = as("admin").queryParam("type", type).queryParam("size", 100)
                .get("/api/v1/mail/deliveries").then().statusCode(200).extract().path("items");
        Object event = items.stream().filter(item -> String.valueOf(item.get("subject")).contains(name))
                .map(item -> item.get("eventId")).findFirst().orElseThrow();
        return items.stream().filter(item -> event.equals(item.get("eventId")))
                .map(item -> item.get("recipient") + ":" + item.get("status")).sorted().toList();
    }

    @Test
    void a_budget_running_low_reaches_the_change_managers_and_the_hosts_owning_team() throws Exception {
        preferences("infra", "IMMEDIATE", List.of("change.submitted"), true, null);
        String host = host("ops", "infra");
        raise(NoticeType.AVAILABILITY_BUDGET_LOW, Map.of("scope", "host", "name", host, "budgetRemaining", "PT5M"));
        List<MimeMessage> sent = about(host);
        assertThat(sent.stream().map(Smtp::to).sorted()).containsExactly("manager@lull.test", "ops@lull.test");
        String text = Smtp.part(sent.get(0), "text/plain").orElseThrow();
        assertThat(text).contains("The downtime budget of host " + host + " runs low", "budgetRemaining: PT5M",
                "/hosts/" + host, "/me/preferences");
        assertThat(log("availability.budget-low", host)).contains("manager2:SKIPPED", "manager:DELIVERED",
                "ops:DELIVERED").doesNotContain("infra:DELIVERED");
    }

    @Test
    void a_failing_load_source_of_a_cluster_is_told_without_its_address() throws Exception {
        String cluster = Api.cluster("alc", 0);
        as("manager").body(Map.of("people", List.of("appadmin"))).put("/api/v1/clusters/{name}/owner", cluster)
                .then().statusCode(201);
        raise(NoticeType.LOAD_SOURCE_FAILING, Map.of("scope", "cluster", "name", cluster, "url",
                "https://user:hunter2@prometheus.example", "failingRuns", 3, "errors", List.of("db-1: timeout")));
        List<MimeMessage> sent = about(cluster);
        assertThat(sent.stream().map(Smtp::to).sorted()).containsExactly("appadmin@lull.test", "manager@lull.test");
        String text = Smtp.part(sent.get(0), "text/plain").orElseThrow();
        assertThat(text).contains("The load source of cluster " + cluster + " is failing", "failingRuns: 3",
                "db-1: timeout", "/clusters/" + cluster).doesNotContain("hunter2");
    }
}
