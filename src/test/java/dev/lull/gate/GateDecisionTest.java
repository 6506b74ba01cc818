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
        List<String> hosts = List.of("mbox-01", "mbox-02");
        GateDecision decision = GateDecision.forCluster(at(5), "mbox", hosts, List.of(change("mbox-01", 2, 8, false),
                change("mbox-02", 2, 8, false), blackout("mbox-03", 4, 6)));
        assertThat(decision.state()).isEqualTo(GateState.OPEN);
    }

    static BusyPeriod change(String reference, String host, int from, int to) {
        return new BusyPeriod(host, new Interval(at(from), at(to)), BusyKind.CHANGE, reference, "patch", false);
    }

    @Test
    void a_cluster_gate_opens_only_while_one_change_covers_every_host() {
        List<String> hosts = List.of("mbox-01", "mbox-02");
        List<BusyPeriod> periods = List.of(change("8", "mbox-01", 1, 5), change("9", "mbox-01", 2, 4),
                change("9", "mbox-02", 2, 4));
        GateDecision partial = GateDecision.forCluster(at(1), "mbox", hosts, periods);
        assertThat(partial.state()).isEqualTo(GateState.CLOSED);
        assertThat(partial.openHosts()).containsExactly("mbox-01");
        assertThat(partial.reason()).contains("mbox-01", "ask each host's gate");
        assertThat(partial.nextTransition()).contains(at(2));
        GateDecision whole = GateDecision.forCluster(at(3), "mbox", hosts, periods);
        assertThat(whole.state()).isEqualTo(GateState.OPEN);
        assertThat(whole.change()).hasValueSatisfying(change -> assertThat(change.reference()).isEqualTo("9"));
        assertThat(whole.openHosts()).containsExactly("mbox-01", "mbox-02");
        assertThat(whole.nextTransition()).contains(at(4));
        GateDecision after = GateDecision.forCluster(at(4), "mbox", hosts, periods);
        assertThat(after.state()).isEqualTo(GateState.CLOSED);
        assertThat(after.nextTransition()).contains(at(5));
    }

    @Test
    void a_blackout_on_one_host_closes_the_cluster_gate_but_not_the_other_hosts_gates() {
        List<String> hosts = List.of("mbox-01", "mbox-02");
        GateDecision decision = GateDecision.forCluster(at(5), "mbox", hosts,
                List.of(change("mbox-01", 2, 8, false), change("mbox-02", 2, 8, false), blackout("mbox-02", 4, 6)));
        assertThat(decision.state()).isEqualTo(GateState.CLOSED);
        assertThat(decision.openHosts()).containsExactly("mbox-01");
        assertThat(decision.nextTransition()).contains(at(6));
    }

    @Test
    void an_empty_cluster_is_never_open() {
        GateDecision decision = GateDecision.forCluster(at(0), "empty", List.of(), List.of());
        assertThat(decision.state()).isEqualTo(GateState.CLOSED);
        assertThat(decision.openHosts()).isEmpty();
        assertThat(decision.nextTransition()).isEmpty();
    }

    @Test
    void a_booked_window_always_gives_a_next_transition_within_the_horizon() {
        for (int now = 0; now < 8; now++) {
            GateDecision decision = GateDecision.at(at(now), "bts-01",
                    List.of(change("bts-01", 2, 4, false), change("bts-01", 6, 8, false)));
            assertThat(decision.nextTransition()).as("at hour %d", now).isPresent();
        }
    }
}
