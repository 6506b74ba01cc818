package dev.lull.proposal;

import static dev.lull.Api.ingestCsv;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.List;

import jakarta.inject.Inject;

import org.junit.jupiter.api.DisplayNameGeneration;
import org.junit.jupiter.api.DisplayNameGenerator.ReplaceUnderscores;
import org.junit.jupiter.api.Test;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;

import dev.lull.Api;
import dev.lull.inventory.Host;
import dev.lull.load.LoadQueries;

/** The history a fit reads: 5-minute samples only when some hour of them can be whole. */
@QuarkusTest
@DisplayNameGeneration(ReplaceUnderscores.class)
class HostFitsTest {
    private static final ZoneId PARIS = ZoneId.of("Europe/Paris");

    @Inject
    HostFits fits;

    @Inject
    LoadQueries load;

    @Test
    void a_host_sampled_hourly_is_fitted_without_reading_5_minute_samples_and_to_the_same_proposals() {
        long id = id(ProposalResourceTest.hostWithHistory(null));
        Instant until = Api.now();

        LoadSeries read = fits.history(id, PARIS, until, true);

        assertThat(read.fiveMinuteSamples()).as("no 5-minute samples read").isZero();
        Instant end = until.truncatedTo(ChronoUnit.HOURS);
        LoadSeries withRaw = fits.history(id, PARIS, until, false).withFiveMinuteSamplesFrom(
                end.minus(Duration.ofDays(35)), load.fiveMinuteTotals(id, end.minus(Duration.ofDays(35)), end));
        assertThat(withRaw.fiveMinuteSamples()).as("the samples are there to read").isPositive();
        assertThat(candidates(read, until)).isNotEmpty().isEqualTo(candidates(withRaw, until));
    }

    @Test
    void a_host_sampled_every_5_minutes_has_them_read() {
        String name = Api.host("fm", null);
        Instant end = Api.now().truncatedTo(ChronoUnit.HOURS);
        StringBuilder csv = new StringBuilder("host,at,messages\n");
        for (Instant at = end.minus(Duration.ofDays(2)); at.isBefore(end); at = at.plus(Duration.ofMinutes(5))) {
            csv.append(name).append(',').append(at).append(',').append(10 + at.atZone(PARIS).getMinute())
                    .append('\n');
        }
        ingestCsv(csv.toString(), 200);

        LoadSeries read = fits.history(id(name), PARIS, Api.now(), true);

        assertThat(read.fiveMinuteSamples()).isPositive();
        assertThat(WithinHourShape.learn(read)).isNotSameAs(WithinHourShape.UNIFORM);
    }

    private static List<Candidate> candidates(LoadSeries history, Instant now) {
        ProposalEngine engine = new ProposalEngine();
        return engine.propose(engine.fit(history, now), new ProposalRequest(now.plus(Duration.ofDays(1)),
                now.plus(Duration.ofDays(8)), Duration.ofHours(2), Duration.ofMinutes(15), 5), List.of()).candidates();
    }

    private static long id(String host) {
        return QuarkusTransaction.requiringNew().call(() -> Host.findByName(host).orElseThrow().id);
    }
}
