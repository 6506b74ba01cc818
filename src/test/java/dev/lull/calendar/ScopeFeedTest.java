package dev.lull.calendar;

import static dev.lull.Api.as;
import static dev.lull.Api.clockAt;
import static dev.lull.calendar.CalendarFixtures.T0;
import static dev.lull.calendar.CalendarFixtures.change;
import static dev.lull.calendar.CalendarFixtures.changeUid;
import static dev.lull.calendar.CalendarFixtures.cluster;
import static dev.lull.calendar.CalendarFixtures.days;
import static dev.lull.calendar.CalendarFixtures.events;
import static dev.lull.calendar.CalendarFixtures.feed;
import static dev.lull.calendar.CalendarFixtures.fetch;
import static dev.lull.calendar.CalendarFixtures.host;
import static dev.lull.calendar.CalendarFixtures.parse;
import static dev.lull.calendar.CalendarFixtures.role;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;

import java.time.Duration;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayNameGeneration;
import org.junit.jupiter.api.DisplayNameGenerator;
import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;

@QuarkusTest
@DisplayNameGeneration(DisplayNameGenerator.ReplaceUnderscores.class)
class ScopeFeedTest {
    private String cluster;
    private String memberA;
    private String memberB;
    private String outsider;
    private String storage;
    private String network;
    private int onA;
    private int onB;
    private int onOutsider;

    @BeforeEach
    void changes() {
        clockAt(T0);
        cluster = cluster();
        memberA = host(cluster);
        memberB = host(cluster);
        outsider = host(null);
        storage = role("infra");
        network = role("appadmin");
        onA = change("On A", List.of(memberA), days(2), Duration.ofHours(2), storage);
        onB = change("On B", List.of(memberB), days(3), Duration.ofHours(2), network);
        onOutsider = change("Elsewhere", List.of(outsider), days(4), Duration.ofHours(2), network, storage);
    }

    @Test
    void a_host_feed_shows_only_the_changes_naming_that_host() {
        assertThat(uids(Map.of("host", memberA))).contains(changeUid(onA))
                .doesNotContain(changeUid(onB), changeUid(onOutsider));
    }

    @Test
    void a_cluster_feed_shows_the_changes_of_all_its_hosts_and_no_others() {
        assertThat(uids(Map.of("cluster", cluster))).contains(changeUid(onA), changeUid(onB))
                .doesNotContain(changeUid(onOutsider));
    }

    @Test
    void a_role_feed_shows_the_changes_that_role_works_on() {
        assertThat(uids(Map.of("role", network))).contains(changeUid(onB), changeUid(onOutsider))
                .doesNotContain(changeUid(onA));
    }

    @Test
    void a_person_feed_shows_what_they_request_or_own_a_role_of() {
        assertThat(uids(Map.of("person", "appadmin"))).contains(changeUid(onB), changeUid(onOutsider))
                .doesNotContain(changeUid(onA));
        assertThat(uids(Map.of("person", "requester"))).contains(changeUid(onA), changeUid(onB),
                changeUid(onOutsider));
    }

    @Test
    void a_change_manager_s_person_feed_and_an_all_feed_show_every_change() {
        assertThat(uids(Map.of("person", "manager"))).contains(changeUid(onA), changeUid(onB),
                changeUid(onOutsider));
        assertThat(uids(Map.of("all", true))).contains(changeUid(onA), changeUid(onB), changeUid(onOutsider));
    }

    @Test
    void a_person_feed_of_me_is_the_feed_of_whoever_creates_it() {
        as("appadmin").body(Map.of("scope", Map.of("person", "me"))).post("/api/v1/feeds").then().statusCode(201)
                .body("scope.person", equalTo("appadmin")).body("calendarName", equalTo("Lull: person appadmin"));
        assertThat(uids("appadmin", Map.of("person", "me"))).contains(changeUid(onB), changeUid(onOutsider))
                .doesNotContain(changeUid(onA));
        assertThat(uids("manager", Map.of("person", "me"))).contains(changeUid(onA), changeUid(onB),
                changeUid(onOutsider));
    }

    private static List<String> uids(Map<String, Object> scope) {
        return uids("viewer", scope);
    }

    private static List<String> uids(String user, Map<String, Object> scope) {
        return events(parse(fetch(feed(user, Map.of("scope", scope, "includeBlackouts", false))))).stream()
                .map(event -> event.getUid().orElseThrow().getValue()).toList();
    }
}
