package dev.lull.watchdog;

import static dev.lull.Api.as;
import static dev.lull.Api.clockAt;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.notNullValue;

import java.time.Duration;
import java.time.Instant;

import jakarta.inject.Inject;

import org.junit.jupiter.api.DisplayNameGeneration;
import org.junit.jupiter.api.DisplayNameGenerator;
import org.junit.jupiter.api.Test;

import io.micrometer.core.instrument.MeterRegistry;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;

import dev.lull.Api;
import dev.lull.inventory.Host;
import dev.lull.proposal.ProposalDesk;

/**
 * Ingest during an open window does not refit the host's forecast: the watchdog reads its band once an hour
 * ({@link WatchBands}). Refits are counted by the proposals' fit cache's misses (each miss is one fit), the band reads
 * by the watchdog's own cache; no timing.
 */
@QuarkusTest
@DisplayNameGeneration(DisplayNameGenerator.ReplaceUnderscores.class)
class WatchBandsTest {
    @Inject
    MeterRegistry registry;

    @Inject
    ProposalDesk proposals;

    double gets(String cache, String result) {
        return registry.get("cache.gets").tag("cache", cache).tag("result", result).functionCounter().count();
    }

    /** Eight days of one sample an hour (1000 messages) before the hour before {@code start}, then 100 every 5 min. */
    static void history(String host, Instant start) {
        StringBuilder csv = new StringBuilder("host,at,messages\n");
        Instant hourBefore = start.minus(Duration.ofHours(1));
        for (Instant at = hourBefore.minus(Duration.ofDays(8)); at.isBefore(hourBefore); at = at.plus(
                Duration.ofHours(1))) {
            csv.append(host).append(',').append(at).append(",1000\n");
        }
        for (Instant at = hourBefore; at.isBefore(start); at = at.plus(Duration.ofMinutes(5))) {
            csv.append(host).append(',').append(at).append(",100\n");
        }
        Api.ingestCsv(csv.toString(), 200);
    }

    @Test
    void samples_ingested_during_an_open_window_are_decided_without_refitting_the_forecast_until_the_next_hour() {
        String host = Api.host("wb", null);
        Instant start = WatchResourceTest.windowStart();
        int id = WatchResourceTest.standardChange(host, start);
        clockAt(start.plus(Duration.ofMinutes(12)));
        history(host, start);
        as("viewer").get(WatchResourceTest.WATCH, id).then().statusCode(200).body("state", equalTo("QUIET"),
                "hosts[0].level", notNullValue());

        double fits = gets("proposal-fits", "miss");
        double bandHits = gets("watchdog-bands", "hit");
        for (int i = 0; i < 6; i++) {
            WatchResourceTest.load(host, start.plus(Duration.ofMinutes(2L * i)), 2, 8);
        }
        as("viewer").get(WatchResourceTest.WATCH, id).then().statusCode(200).body("state", equalTo("QUIET"));
        assertThat(gets("proposal-fits", "miss")).as("no refit for six ingests and a view").isEqualTo(fits);
        assertThat(gets("watchdog-bands", "hit")).as("each decision and the view read the hour's band")
                .isGreaterThanOrEqualTo(bandHits + 7);

        Host entity = QuarkusTransaction.requiringNew().call(() -> Host.findByName(host).orElseThrow());
        assertThat(proposals.forecast(entity)).isPresent();
        assertThat(gets("proposal-fits", "miss"))
                .as("the seam reads the held fit: samples of the current hour leave the history before it alone")
                .isEqualTo(fits);

        clockAt(start.plus(Duration.ofMinutes(62)));
        WatchResourceTest.load(host, start.plus(Duration.ofMinutes(58)), 3, 8);
        WatchResourceTest.load(host, start.plus(Duration.ofMinutes(61)), 1, 8);
        assertThat(gets("proposal-fits", "miss")).as("one refit for the new hour, not one per ingest")
                .isEqualTo(fits + 1);
    }
}
