package dev.lull.change;

import static dev.lull.Api.as;
import static dev.lull.Api.clockAt;
import static dev.lull.change.ChangeFixtures.T0;
import static dev.lull.change.ChangeFixtures.create;
import static dev.lull.change.ChangeFixtures.post;
import static dev.lull.change.ChangeFixtures.role;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.hasItems;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import jakarta.inject.Inject;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayNameGeneration;
import org.junit.jupiter.api.DisplayNameGenerator;
import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;

import dev.lull.schedule.TimelineVersion;

@QuarkusTest
@DisplayNameGeneration(DisplayNameGenerator.ReplaceUnderscores.class)
class ChangeNoticesTest {
    @Inject
    ChangeReminders reminders;
    @Inject
    TimelineVersion timeline;

    @BeforeEach
    void now() {
        clockAt(T0);
    }

    static int webhook(List<String> events) {
        return as("admin").body(Map.of("url", "http://127.0.0.1:9/hook", "events", events))
                .post("/api/v1/webhooks").then().statusCode(201).extract().path("id");
    }

    @Test
    void a_scheduled_change_raises_submitted_scheduled_and_one_window_reminder() {
        int hook = webhook(List.of("change.submitted", "change.scheduled", "change.window-reminder"));
        var body = ChangeFixtures.simple("STANDARD", role("infra"));
        body.put("window", Map.of("start", T0.plus(Duration.ofHours(2)).toString(),
                "end", T0.plus(Duration.ofHours(4)).toString()));
        int id = create(body);
        post("requester", id, "submit", null, 200);
        reminders.remind();
        clockAt(T0.plus(Duration.ofMinutes(70)));
        assertThat(reminders.remind()).isGreaterThanOrEqualTo(1);
        assertThat(reminders.remind()).isZero();
        as("admin").queryParam("size", 100).get("/api/v1/webhooks/{id}/deliveries", hook).then().statusCode(200)
                .body("items.type", hasItems("change.submitted", "change.scheduled", "change.window-reminder"));
    }

    @Test
    void two_replicas_reminding_at_once_raise_one_reminder() throws Exception {
        var body = ChangeFixtures.simple("STANDARD", role("infra"));
        Instant start = T0.plus(Duration.ofHours(17));
        body.put("window", Map.of("start", start.toString(), "end", start.plus(Duration.ofHours(2)).toString()));
        post("requester", create(body), "submit", null, 200);
        clockAt(start.minus(Duration.ofMinutes(30)));
        ExecutorService replicas = Executors.newFixedThreadPool(2);
        try {
            Future<Integer> first = replicas.submit(reminders::remind);
            Future<Integer> second = replicas.submit(reminders::remind);
            assertThat(first.get() + second.get()).isEqualTo(1);
        } finally {
            replicas.shutdown();
        }
    }

    @Test
    void a_reminder_run_with_nothing_due_leaves_the_timeline_version_and_so_cached_proposals_alone() {
        reminders.remind();
        long before = timeline.current();

        assertThat(reminders.remind()).as("reminders due").isZero();

        assertThat(timeline.current()).as("timeline version").isEqualTo(before);
    }

    @Test
    void each_transition_maps_to_the_notice_webhooks_know() {
        assertThat(ChangeNotices.typesOf(new ChangeTransitioned(1, ChangeStatus.ASSESS, ChangeStatus.AUTHORIZE,
                ChangeAction.APPROVE, "dba", T0))).extracting(Enum::name).containsExactly("CHANGE_APPROVED");
        assertThat(ChangeNotices.typesOf(new ChangeTransitioned(1, ChangeStatus.ASSESS, ChangeStatus.ASSESS,
                ChangeAction.APPROVE, "dba", T0))).isEmpty();
        assertThat(ChangeNotices.typesOf(new ChangeTransitioned(1, ChangeStatus.AUTHORIZE, ChangeStatus.SCHEDULED,
                ChangeAction.AUTHORIZE, "manager", T0))).extracting(Enum::name)
                .containsExactly("CHANGE_AUTHORIZED", "CHANGE_SCHEDULED");
        assertThat(ChangeNotices.typesOf(new ChangeTransitioned(1, ChangeStatus.SCHEDULED, ChangeStatus.CANCELED,
                ChangeAction.CANCEL, "manager", T0))).extracting(Enum::name).containsExactly("CHANGE_CANCELED");
    }
}
