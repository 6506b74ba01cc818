package dev.lull.mail;

import static dev.lull.Api.as;
import static dev.lull.Api.clockAt;
import static dev.lull.mail.MailFixtures.T0;
import static dev.lull.mail.MailFixtures.act;
import static dev.lull.mail.MailFixtures.cast;
import static dev.lull.mail.MailFixtures.change;
import static dev.lull.mail.MailFixtures.days;
import static dev.lull.mail.MailFixtures.host;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasSize;

import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import jakarta.inject.Inject;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayNameGeneration;
import org.junit.jupiter.api.DisplayNameGenerator;
import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;

import dev.lull.Api;
import dev.lull.notify.DeliveryRun;
import dev.lull.notify.NotifyConfig;

/** Delivery through the outbox: nothing lost while SMTP is down, one message however many workers, the log API. */
@QuarkusTest
@TestProfile(MailProfile.class)
@DisplayNameGeneration(DisplayNameGenerator.ReplaceUnderscores.class)
class MailDeliveryTest {
    @Inject
    MailWorker worker;
    @Inject
    MailStore store;
    @Inject
    MailSender sender;
    @Inject
    MailConfig config;
    @Inject
    NotifyConfig notify;
    @Inject
    MailPruning pruning;

    @BeforeEach
    void now() {
        clockAt(T0);
        cast();
    }

    /** A submitted change: one message, to dba, due now. */
    private static int submitted() {
        int id = change(host("ops"), Api.role("mrole", "dba"));
        act("requester", id, "submit", null);
        return id;
    }

    @Test
    void a_message_raised_while_smtp_is_down_is_delivered_once_when_it_returns() {
        Smtp.down();
        int id = submitted();
        DeliveryRun down = worker.deliverDue(T0);
        assertThat(down.retrying()).isGreaterThanOrEqualTo(1);
        assertThat(MailFixtures.log(id, "change.submitted")).containsExactly("dba:PENDING");
        as("admin").queryParam("change", id).get("/api/v1/mail/deliveries").then().statusCode(200)
                .body("items[0].attempts", equalTo(1), "items[0].lastError", org.hamcrest.Matchers.notNullValue());
        Smtp smtp = Smtp.fresh();
        worker.deliverDue(days(1));
        worker.deliverDue(days(2));
        assertThat(smtp.about(id)).hasSize(1);
        assertThat(MailFixtures.log(id, "change.submitted")).containsExactly("dba:DELIVERED");
    }

    @Test
    void two_workers_claiming_at_once_send_each_message_once() throws Exception {
        List<Integer> ids = new ArrayList<>();
        for (int i = 0; i < 6; i++) {
            ids.add(submitted());
        }
        Smtp smtp = Smtp.fresh();
        ExecutorService replicas = Executors.newFixedThreadPool(2);
        try {
            MailWorker other = new MailWorker(store, sender, config, notify, Clock.systemUTC());
            Future<DeliveryRun> first = replicas.submit(() -> worker.deliverDue(days(0.5)));
            Future<DeliveryRun> second = replicas.submit(() -> other.deliverDue(days(0.5)));
            first.get();
            second.get();
            // A send that timed out (seen once in a full run) is retried as in production, never sent twice.
            worker.deliverDue(days(0.6));
            for (int id : ids) {
                assertThat(smtp.about(id)).as("messages about change " + id).hasSize(1);
            }
        } finally {
            replicas.shutdown();
        }
    }

    @Test
    void only_admins_read_the_log_filtered_and_paged_and_bad_filters_are_refused() {
        int id = submitted();
        as("admin").queryParam("change", id).queryParam("status", "PENDING").queryParam("recipient", "dba")
                .queryParam("type", "change.submitted").queryParam("size", 1).get("/api/v1/mail/deliveries").then()
                .statusCode(200).body("items", hasSize(1), "page", equalTo(0), "size", equalTo(1), "total", equalTo(1),
                        "items[0].subject", org.hamcrest.Matchers.containsString("was submitted"),
                        "items[0].address", equalTo("dba@lull.test"), "items[0].invitation", equalTo(false));
        as("admin").queryParam("change", id).queryParam("status", "DELIVERED").get("/api/v1/mail/deliveries")
                .then().statusCode(200).body("total", equalTo(0));
        as("admin").queryParam("status", "SKIPPED").queryParam("size", 100).get("/api/v1/mail/deliveries").then()
                .statusCode(200).body("items.status", everyItem(equalTo("SKIPPED")));
        for (String user : List.of("manager", "viewer", "requester")) {
            as(user).get("/api/v1/mail/deliveries").then().statusCode(403);
        }
        given().get("/api/v1/mail/deliveries").then().statusCode(401);
        as("admin").queryParam("status", "LOST").get("/api/v1/mail/deliveries").then().statusCode(400);
        as("admin").queryParam("change", 0).get("/api/v1/mail/deliveries").then().statusCode(400)
                .body("errors[0].field", equalTo("change"));
        as("admin").queryParam("size", 1000).get("/api/v1/mail/deliveries").then().statusCode(400);
        as("admin").queryParam("colour", "red").get("/api/v1/mail/deliveries").then().statusCode(400);
    }

    @Test
    void settled_messages_are_pruned_after_the_keep_period_and_pending_ones_never() {
        int id = submitted();
        pruning.prune(days(400));
        assertThat(MailFixtures.log(id, "change.submitted")).as("pending: kept").containsExactly("dba:PENDING");
        Smtp.fresh();
        worker.deliverDue(days(1));
        assertThat(pruning.prune(days(10))).isZero();
        assertThat(pruning.prune(days(400))).isGreaterThanOrEqualTo(1);
        assertThat(MailFixtures.log(id, "change.submitted")).isEmpty();
    }
}
