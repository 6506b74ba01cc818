package dev.lull.proposal;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.Arrays;
import java.util.List;

import org.junit.jupiter.api.DisplayNameGeneration;
import org.junit.jupiter.api.DisplayNameGenerator.ReplaceUnderscores;
import org.junit.jupiter.api.Test;
import org.openjdk.jol.info.GraphLayout;

/** What one cached fit retains, measured with JOL (objects shared with every other fit, such as the zone, left out). */
@DisplayNameGeneration(ReplaceUnderscores.class)
class FitSizeTest {
    static {
        System.setProperty("jol.magicFieldOffset", "true");
    }
    static final Instant NOW = Instant.parse("2026-03-02T10:00:00Z");
    static final ZoneId PARIS = ZoneId.of("Europe/Paris");
    final ProposalEngine engine = new ProposalEngine();

    @Test
    void a_host_with_26_weeks_of_whole_counts_and_35_days_of_raw_samples_retains_under_32_KB() {
        Fitted fitted = used(engine.fit(withRaw(Synthetic.weeksBefore(NOW, 26, PARIS, Synthetic::officeLoad)), NOW));
        assertThat(retained(fitted)).isLessThan(32 * 1024).isLessThanOrEqualTo(fitted.bytes());
    }

    @Test
    void a_host_with_26_weeks_of_fractional_load_retains_under_48_KB() {
        Fitted fitted = used(engine.fit(
                Synthetic.weeksBefore(NOW, 26, PARIS, local -> Synthetic.officeLoad(local) + 0.1), NOW));
        assertThat(retained(fitted)).isLessThan(48 * 1024).isLessThanOrEqualTo(fitted.bytes());
    }

    @Test
    void a_host_with_4_weeks_of_history_retains_under_12_KB() {
        LoadSeries fourWeeks = Synthetic.weeksBefore(NOW, 4, PARIS, Synthetic::officeLoad);
        double[] hours = new double[26 * 168];
        Arrays.fill(hours, Double.NaN);
        for (int i = 0; i < fourWeeks.hours(); i++) {
            hours[hours.length - fourWeeks.hours() + i] = fourWeeks.messagesInHour(i);
        }
        Fitted fitted = used(engine.fit(LoadSeries.hourly(PARIS, NOW.minus(Duration.ofDays(26 * 7)), hours), NOW));
        assertThat(retained(fitted)).isLessThan(12 * 1024).isLessThanOrEqualTo(fitted.bytes());
    }

    /** The fit after a request has used it, as the cache holds it. */
    private Fitted used(Fitted fitted) {
        Proposal proposal = engine.propose(fitted, new ProposalRequest(NOW.plus(Duration.ofDays(1)),
                NOW.plus(Duration.ofDays(15)), Duration.ofHours(2), Duration.ofMinutes(15), 5), List.of());
        assertThat(proposal.candidates()).hasSize(5);
        return fitted;
    }

    /** The bytes only this fit holds: its graph without the zone, the uniform shape and the model name, which all fits share. */
    private static long retained(Fitted fitted) {
        long bytes = GraphLayout.parseInstance(fitted)
                .subtract(GraphLayout.parseInstance(PARIS, WithinHourShape.UNIFORM, Forecaster.WEEKLY_MODEL))
                .totalSize();
        System.out.printf("fit retains %,d bytes (estimated %,d)%n", bytes, fitted.bytes());
        return bytes;
    }

    private static LoadSeries withRaw(LoadSeries hourly) {
        double[] raw = new double[hourly.hours() * 12];
        Arrays.fill(raw, Double.NaN);
        for (int i = raw.length - 35 * 288; i < raw.length; i++) {
            raw[i] = Math.round(hourly.messagesInHour(i / 12) / 12 * (1 + 0.1 * Math.sin(i)));
        }
        return hourly.withFiveMinuteSamples(raw);
    }
}
