package dev.lull.proposal;

import static dev.lull.Api.as;
import static dev.lull.Api.unique;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import jakarta.inject.Inject;
import jakarta.persistence.EntityManagerFactory;

import org.hibernate.SessionFactory;
import org.hibernate.stat.Statistics;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayNameGeneration;
import org.junit.jupiter.api.DisplayNameGenerator.ReplaceUnderscores;
import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;

import dev.lull.Api;
import dev.lull.schedule.Interval;

/**
 * An answer-cache miss reads what the booking rules check against from {@link BookingCache}: counted with Hibernate's
 * statistics (every statement Hibernate prepares, every query it runs), and never stale after a change made through
 * the API.
 */
@QuarkusTest
@DisplayNameGeneration(ReplaceUnderscores.class)
class BookingCacheTest {
    private static final String PROPOSALS = "/api/v1/hosts/{name}/proposals";

    @Inject
    EntityManagerFactory factory;

    @Inject
    ClusterWarmUp clusters;

    private Statistics statistics;

    @BeforeEach
    void countStatements() {
        statistics = factory.unwrap(SessionFactory.class).getStatistics();
        statistics.setStatisticsEnabled(true);
    }

    @AfterEach
    void stopCounting() {
        statistics.setStatisticsEnabled(false);
    }

    @Test
    void a_second_miss_for_the_same_host_reads_at_most_the_host() {
        String cluster = ProposalResourceTest.cluster(1);
        String host = ProposalResourceTest.hostWithHistory(cluster);
        String other = Api.host("bc", cluster);
        Interval first = best(host, 1);
        scheduledChange(other, first.start().plus(Duration.ofDays(1)), first.end().plus(Duration.ofDays(1)));
        freezeCluster(cluster, first.start().plus(Duration.ofDays(2)));
        as("admin").body(Map.of("days", List.of(Map.of("date", LocalDate.from(first.start()
                .atZone(ProposalResourceTest.PARIS)).plusDays(3).toString(), "name", "Works outing"))))
                .put("/api/v1/hosts/{name}/holidays", host).then().statusCode(201);
        Map<String, Long> refill = counted(() -> ask(host, "PT2H", 3));

        Map<String, Long> repeated = counted(() -> ask(host, "PT2H", 3));
        Map<String, Long> miss = counted(() -> ask(host, "PT97M", 2));
        Map<String, Long> another = counted(() -> ask(host, "PT45M", 4));

        assertThat(refill.get("statements")).as("the first answer after the timeline moved reads it again")
                .isGreaterThan(repeated.get("statements"));
        assertThat(another).isEqualTo(miss);
        assertThat(miss.get("statements")).as("a miss reads the host at most, beyond a repeated question")
                .isLessThanOrEqualTo(repeated.get("statements") + 1);
        assertThat(miss.keySet()).allMatch(query -> query.equals("statements") || query.contains("from Host h"));
    }

    @Test
    void a_repeated_question_is_answered_from_memory_without_a_statement() {
        String host = ProposalResourceTest.hostWithHistory(ProposalResourceTest.cluster(1));
        ask(host, "PT2H", 3);

        await().atMost(Duration.ofSeconds(10)).untilAsserted(() -> assertThat(counted(() -> ask(host, "PT2H", 3)))
                .as("once the versions announced are known").containsEntry("statements", 0L));
        assertThat(counted(() -> ask(host, "PT2H", 3))).containsEntry("statements", 0L);
        assertThat(counted(() -> ask(host, "PT97M", 3)).get("statements")).as("another question is computed")
                .isPositive();
    }

    @Test
    void a_host_asked_for_the_first_time_is_read_by_its_name_once() {
        String host = ProposalResourceTest.hostWithHistory(ProposalResourceTest.cluster(1));

        Map<String, Long> first = counted(() -> ask(host, "PT2H", 3));

        assertThat(first).as("for the known hosts; the answer and the holiday calendars take it as read")
                .containsEntry("from Host h left join fetch h.cluster where h.name = ?1", 1L);
    }

    @Test
    void the_hosts_of_one_cluster_share_what_the_rules_read_of_it() {
        Map<String, Long> next = neighbourAskedAfterItsHost();

        assertThat(next.keySet()).as("the cluster's members and limits are not read again")
                .noneMatch(query -> query.contains("join h.cluster c"));
    }

    @Test
    void a_cluster_read_at_the_start_is_not_read_again_by_the_first_question_about_its_hosts()
            throws InterruptedException {
        String cluster = ProposalResourceTest.cluster(1);
        String host = ProposalResourceTest.hostWithHistory(cluster);

        int read = clusters.run(Instant.now().plusSeconds(60));
        Map<String, Long> first = counted(() -> ask(host, "PT2H", 3));

        assertThat(read).as("every cluster with hosts, this one among them").isPositive();
        assertThat(first.keySet()).as("the cluster's members, limits and busy periods are not read again")
                .isNotEmpty().noneMatch(query -> List.of("join h.cluster c", "from blackout", "from changerequest",
                        "from outage").stream().anyMatch(query.toLowerCase()::contains));
    }

    @Test
    void a_blackout_of_another_member_does_not_hold_the_host() {
        String cluster = ProposalResourceTest.cluster(1);
        String host = ProposalResourceTest.hostWithHistory(cluster);
        String other = Api.host("bc", cluster);
        Interval first = best(host, 3);
        Interval frozen = new Interval(first.start().minus(Duration.ofHours(1)), first.end().plus(Duration.ofHours(1)));
        as("manager").body(Map.of("name", unique("freeze"), "start", frozen.start().toString(), "end",
                frozen.end().toString(), "timeZone", "UTC", "hosts", List.of(other), "reason", "audit"))
                .post("/api/v1/blackouts").then().statusCode(201);

        assertThat(best(other, 3)).as("the frozen member").matches(window -> !window.overlaps(frozen));
        assertThat(best(host, 3)).as("the host itself is not frozen").isEqualTo(first);
    }

    @Test
    void a_change_booked_on_another_member_after_an_answer_is_respected_by_the_next_one() {
        String cluster = ProposalResourceTest.cluster(1);
        String host = ProposalResourceTest.hostWithHistory(cluster);
        String other = Api.host("bc", cluster);
        Interval first = best(host, 3);
        Interval held = new Interval(first.start().minus(Duration.ofHours(1)), first.end().plus(Duration.ofHours(1)));
        scheduledChange(other, held.start(), held.end());
        assertThat(candidates(host, 3)).isNotEmpty().noneMatch(candidate -> candidate.overlaps(held));
        assertThat(candidates(host, 5)).isNotEmpty().noneMatch(candidate -> candidate.overlaps(held));
    }

    @Test
    void a_cluster_blackout_made_after_an_answer_is_respected_by_the_next_one() {
        String cluster = ProposalResourceTest.cluster(0);
        String host = ProposalResourceTest.hostWithHistory(cluster);
        Interval first = best(host, 3);
        Interval frozen = freezeCluster(cluster, first.start().minus(Duration.ofHours(1)));
        assertThat(candidates(host, 3)).isNotEmpty().noneMatch(candidate -> candidate.overlaps(frozen));
    }

    @Test
    void a_holiday_added_after_an_answer_is_respected_by_the_next_one() {
        String host = ProposalResourceTest.hostWithHistory(null);
        assertHolidayRespected(host, "/api/v1/hosts/{name}/holidays", host);
    }

    @Test
    void a_cluster_holiday_added_after_an_answer_is_respected_by_the_next_one() {
        String cluster = ProposalResourceTest.cluster(1);
        String host = ProposalResourceTest.hostWithHistory(cluster);
        Api.host("bc", cluster);
        assertHolidayRespected(host, "/api/v1/clusters/{name}/holidays", cluster);
    }

    /** Makes the local day of the host's best window a holiday of {@code scope}; the next answer avoids that day. */
    private static void assertHolidayRespected(String host, String calendar, String scope) {
        LocalDate day = LocalDate.from(best(host, 3).start().atZone(ProposalResourceTest.PARIS));
        Interval holiday = new Interval(day.atStartOfDay(ProposalResourceTest.PARIS).toInstant(),
                day.plusDays(1).atStartOfDay(ProposalResourceTest.PARIS).toInstant());
        as("admin").body(Map.of("days", List.of(Map.of("date", day.toString(), "name", "Founders' day"))))
                .put(calendar, scope).then().statusCode(201);
        assertThat(candidates(host, 3)).isNotEmpty().noneMatch(candidate -> candidate.overlaps(holiday));
    }

    @Test
    void a_host_that_neither_it_nor_its_cluster_has_a_calendar_of_reads_none() {
        Map<String, Long> next = neighbourAskedAfterItsHost();

        assertThat(next.keySet()).as("which hosts and clusters have a calendar is known for the timeline version")
                .isNotEmpty().noneMatch(query -> query.contains("HolidayCalendar"));
    }

    /** What a question about a host reads right after the same question about the other host of its new cluster. */
    private Map<String, Long> neighbourAskedAfterItsHost() {
        String cluster = ProposalResourceTest.cluster(1);
        String host = ProposalResourceTest.hostWithHistory(cluster);
        String neighbour = ProposalResourceTest.hostWithHistory(cluster);
        ask(host, "PT2H", 3);
        return counted(() -> ask(neighbour, "PT2H", 3));
    }

    /** Statements Hibernate prepared and the queries it ran (each by its text) while {@code request} ran. */
    private Map<String, Long> counted(Runnable request) {
        statistics.clear();
        request.run();
        Map<String, Long> counts = new TreeMap<>();
        counts.put("statements", statistics.getPrepareStatementCount());
        for (String query : statistics.getQueries()) {
            counts.put(query, statistics.getQueryStatistics(query).getExecutionCount());
        }
        return counts;
    }

    private static void ask(String host, String duration, int limit) {
        as("viewer").queryParam("duration", duration).queryParam("limit", limit).get(PROPOSALS, host).then()
                .statusCode(200);
    }

    /** The best of {@code limit} windows asked for. */
    private static Interval best(String host, int limit) {
        return candidates(host, limit).get(0);
    }

    private static List<Interval> candidates(String host, int limit) {
        List<Map<String, String>> candidates = as("viewer").queryParam("limit", limit).get(PROPOSALS, host).then()
                .statusCode(200).extract().path("candidates");
        return candidates.stream().map(c -> new Interval(Instant.parse(c.get("start")), Instant.parse(c.get("end"))))
                .toList();
    }

    /** A blackout of the whole cluster for four hours from {@code start}. */
    private static Interval freezeCluster(String cluster, Instant start) {
        Interval frozen = new Interval(start, start.plus(Duration.ofHours(4)));
        as("manager").body(Map.of("name", unique("freeze"), "start", frozen.start().toString(), "end",
                frozen.end().toString(), "timeZone", "UTC", "clusters", List.of(cluster), "reason", "audit"))
                .post("/api/v1/blackouts").then().statusCode(201);
        return frozen;
    }

    /** A standard (pre-approved) change on the host, scheduled for [start, end). */
    private static void scheduledChange(String host, Instant start, Instant end) {
        String role = Api.role("role", "ops");
        int id = as("requester").body(Api.standardFit(Map.of("title", "Patch " + host, "type", "STANDARD", "hosts",
                List.of(host), "window", Map.of("start", start.toString(), "end", end.toString()), "plan",
                List.of(Map.of("title", "reboot", "role", role, "duration", "PT30M")))))
                .post("/api/v1/changes").then().statusCode(201).extract().path("id");
        as("requester").post("/api/v1/changes/{id}/submit", id).then().statusCode(200);
    }
}
