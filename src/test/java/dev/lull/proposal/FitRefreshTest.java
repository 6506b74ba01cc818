package dev.lull.proposal;

import static dev.lull.Api.as;
import static dev.lull.Api.clockAt;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import java.net.URL;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;

import jakarta.inject.Inject;

import org.junit.jupiter.api.DisplayNameGeneration;
import org.junit.jupiter.api.DisplayNameGenerator.ReplaceUnderscores;
import org.junit.jupiter.api.Test;

import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;

import dev.lull.Api;

/**
 * The next hour's fits are made shortly before the hour, for the hosts asked for in the last hour only; fits and
 * answers stand through samples of their own hour and fall with samples of the hours before it.
 */
@QuarkusTest
@DisplayNameGeneration(ReplaceUnderscores.class)
class FitRefreshTest {
    /** /q/metrics on the management port. */
    @TestHTTPResource(value = "metrics", management = true)
    URL metricsUrl;
    @Inject
    FitRefresh refresh;
    @Inject
    FitCache fits;
    @Inject
    ProposalDesk desk;

    @Test
    void the_first_request_after_the_hour_finds_its_fit_made_and_asks_nothing_of_the_engine() {
        Instant hour = Api.now().truncatedTo(ChronoUnit.HOURS).plus(Duration.ofHours(2));
        Instant next = hour.plus(Duration.ofHours(1));
        String asked = ProposalResourceTest.hostWithHistory(null);
        String askedBefore = ProposalResourceTest.hostWithHistory(null);
        clockAt(hour.minus(Duration.ofMinutes(30)));
        ask(askedBefore);
        clockAt(hour.plus(Duration.ofMinutes(20)));
        ask(asked);

        clockAt(hour.plus(Duration.ofMinutes(40)));
        assertThat(refresh.refresh()).as("too early").isZero();
        clockAt(hour.plus(Duration.ofMinutes(58)));
        assertThat(refresh.refresh()).isPositive();
        assertThat(refresh.refresh()).as("each fit is made once").isZero();
        assertThat(fits.askedSince(next, Instant.EPOCH)).extracting(FitCache.Asked::hostId)
                .contains(desk.host(asked).id()).doesNotContain(desk.host(askedBefore).id());

        clockAt(next.plus(Duration.ofSeconds(30)));
        double made = metric("result=\"miss\"");
        double found = metric("result=\"hit\"");
        ask(asked);
        assertThat(metric("result=\"miss\"")).as("fits made on request").isEqualTo(made);
        assertThat(metric("result=\"hit\"")).isEqualTo(found + 1);

        assertThat(refresh.refresh()).as("too early again").isZero();
        assertThat(fits.askedSince(hour, Instant.EPOCH)).as("the past hour's fits are dropped").isEmpty();
    }

    @Test
    void a_fit_made_ahead_is_stamped_with_the_history_it_read_so_a_later_ingest_still_counts() {
        Instant next = Api.now().truncatedTo(ChronoUnit.HOURS).plus(Duration.ofHours(6));
        String host = askedThenMadeAhead(next);
        Instant read = next.minus(Duration.ofMinutes(90));
        Api.ingestCsv("host,at,messages\n" + host + "," + read + ",5\n", 200);

        clockAt(next.plus(Duration.ofMinutes(1)));
        double made = metric("result=\"miss\"");
        ask(host);
        assertThat(metric("result=\"miss\"")).isEqualTo(made + 1);
    }

    @Test
    void a_fit_made_ahead_stands_when_the_first_samples_of_its_own_hour_arrive() {
        Instant next = Api.now().truncatedTo(ChronoUnit.HOURS).plus(Duration.ofHours(8));
        String host = askedThenMadeAhead(next);

        clockAt(next.plus(Duration.ofSeconds(40)));
        Api.ingestCsv("host,at,messages\n" + host + "," + next + ",5000\n", 200);
        assertAnsweredFromTheHeldFit(host);
    }

    @Test
    void a_fit_made_ahead_stands_when_late_samples_of_the_hour_before_arrive_after_the_turn() {
        Instant next = Api.now().truncatedTo(ChronoUnit.HOURS).plus(Duration.ofHours(10));
        String host = askedThenMadeAhead(next);
        Api.ingestCsv("host,at,messages\n" + host + "," + next.minus(Duration.ofMinutes(3)) + ",5000\n", 200);

        clockAt(next.plus(Duration.ofSeconds(40)));
        Api.ingestCsv("host,at,messages\n" + host + "," + next.minus(Duration.ofMinutes(1)) + ",5000\n" + host + ","
                + next + ",5000\n", 200);
        assertAnsweredFromTheHeldFit(host);
    }

    @Test
    void samples_of_this_hour_and_the_last_leave_the_answer_standing_and_a_late_one_of_an_earlier_hour_does_not() {
        Instant hour = Api.now().truncatedTo(ChronoUnit.HOURS);
        String host = ProposalResourceTest.hostWithHistory(null);
        String answer = ask(host);
        double made = metric("result=\"miss\"");

        Api.ingestCsv("host,at,messages\n" + host + "," + hour + ",5000\n" + host + "," + Api.now() + ",5000\n", 200);
        assertThat(ask(host)).isEqualTo(answer);
        assertThat(metric("result=\"miss\"")).as("fits made").isEqualTo(made);

        Api.ingestCsv("host,at,messages\n" + host + "," + hour.minus(Duration.ofMinutes(30)) + ",5000\n", 200);
        assertThat(ask(host)).isEqualTo(answer);
        assertThat(metric("result=\"miss\"")).as("fits made").isEqualTo(made);

        Api.ingestCsv("host,at,messages\n" + host + "," + hour.minus(Duration.ofMinutes(90)) + ",5000\n", 200);
        ask(host);
        assertThat(metric("result=\"miss\"")).as("fits made").isEqualTo(made + 1);
    }

    /** A new host with history, asked for in the hour before {@code next}, whose fit for {@code next} is made ahead. */
    private String askedThenMadeAhead(Instant next) {
        String host = ProposalResourceTest.hostWithHistory(null);
        clockAt(next.minus(Duration.ofMinutes(50)));
        ask(host);
        clockAt(next.minus(Duration.ofMinutes(2)));
        assertThat(refresh.refresh()).isPositive();
        return host;
    }

    /** Asks for {@code host} and checks that its fit was found in the cache, not made. */
    private void assertAnsweredFromTheHeldFit(String host) {
        double made = metric("result=\"miss\"");
        double found = metric("result=\"hit\"");
        ask(host);
        assertThat(metric("result=\"miss\"")).as("fits made on request").isEqualTo(made);
        assertThat(metric("result=\"hit\"")).isEqualTo(found + 1);
    }

    private static String ask(String host) {
        return as("viewer").queryParam("duration", "PT2H").queryParam("step", "PT1H")
                .get("/api/v1/hosts/{name}/proposals", host).then().statusCode(200).extract().asString();
    }

    /** The fit cache's {@code cache_gets_total} with {@code label}. */
    private double metric(String label) {
        String metrics = given().get(metricsUrl).then().statusCode(200).extract().asString();
        return metrics.lines().filter(line -> line.startsWith("cache_gets_total{"))
                .filter(line -> line.contains("cache=\"proposal-fits\"") && line.contains(label))
                .mapToDouble(line -> Double.parseDouble(line.substring(line.lastIndexOf(' ') + 1))).findFirst()
                .orElseThrow(() -> new AssertionError("no fit cache gets " + label + " in " + metrics));
    }
}
