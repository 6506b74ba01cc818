package dev.lull.gate;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;

import org.junit.jupiter.api.DisplayNameGeneration;
import org.junit.jupiter.api.DisplayNameGenerator;
import org.junit.jupiter.api.Test;

import dev.lull.schedule.BusyKind;
import dev.lull.schedule.BusyPeriod;
import dev.lull.schedule.Interval;

@DisplayNameGeneration(DisplayNameGenerator.ReplaceUnderscores.class)
class GateDecisionTest {
    static final Instant T = Instant.parse("2026-12-06T02:00:00Z");

    static Instant at(int hours) {
        return T.plusSeconds(hours * 3600L);
    }

    static BusyPeriod change(String host, int from, int to, boolean overrides) {
        return new BusyPeriod(host, new Interval(at(from), at(to)), BusyKind.CHANGE, "7", "patch", overrides);
    }

    static BusyPeriod blackout(String host, int from, int to) {
        return new BusyPeriod(host, new Interval(at(from), at(to)), BusyKind.BLACKOUT, "3", "month end", false);
    }

    @Test
    void the_gate_is_closed_without_a_window_and_says_when_the_next_one_opens() {
        GateDecision decision = GateDecision.at(at(0), "bts-01", List.of(change("bts-01", 2, 4, false)));
        assertThat(decision.state()).isEqualTo(GateState.CLOSED);
        assertThat(decision.reason()).contains("no approved change window");
        assertThat(decision.nextTransition()).contains(at(2));
    }

    @Test
    void the_gate_is_open_inside_a_window_until_it_ends() {
        GateDecision decision = GateDecision.at(at(3), "bts-01", List.of(change("bts-01", 2, 4, false)));
        assertThat(decision.state()).isEqualTo(GateState.OPEN);
        assertThat(decision.change()).isPresent();
        assertThat(decision.nextTransition()).contains(at(4));
    }

    @Test
    void a_blackout_closes_an_open_window_and_the_gate_reopens_when_it_ends() {
        List<BusyPeriod> periods = List.of(change("bts-01", 2, 8, false), blackout("bts-01", 4, 6));
        assertThat(GateDecision.at(at(3), "bts-01", periods).nextTransition()).contains(at(4));
        GateDecision frozen = GateDecision.at(at(5), "bts-01", periods);
        assertThat(frozen.state()).isEqualTo(GateState.CLOSED);
        assertThat(frozen.reason()).contains("frozen by blackout 'month end'");
        assertThat(frozen.nextTransition()).contains(at(6));
    }

    @Test
    void an_emergency_change_with_an_override_opens_the_gate_in_a_blackout() {
        GateDecision decision = GateDecision.at(at(5), "bts-01",
                List.of(change("bts-01", 2, 8, true), blackout("bts-01", 4, 6)));
        assertThat(decision.state()).isEqualTo(GateState.OPEN);
        assertThat(decision.nextTransition()).contains(at(8));
    }

    @Test
    void a_blackout_on_another_host_does_not_close_a_cluster_gate() {
        GateDecision decision = GateDecision.at(at(5), "mbox",
                List.of(change("mbox-01", 2, 8, false), blackout("mbox-02", 4, 6)));
        assertThat(decision.state()).isEqualTo(GateState.OPEN);
    }
}
