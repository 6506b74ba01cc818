package dev.lull.servicelevel;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.DisplayNameGeneration;
import org.junit.jupiter.api.DisplayNameGenerator;
import org.junit.jupiter.api.Test;

@DisplayNameGeneration(DisplayNameGenerator.ReplaceUnderscores.class)
class CapacityMathTest {

    @Test
    void p95_is_the_nearest_rank_and_peak_the_largest() {
        List<Double> loads = new ArrayList<>();
        for (int i = 1; i <= 40; i++) {
            loads.add((double) i);
        }
        assertThat(CapacityMath.percentile(loads, 0.95)).isEqualTo(38.0);
        assertThat(CapacityMath.percentile(loads, 1.0)).isEqualTo(40.0);
        assertThat(CapacityMath.percentile(List.of(), 0.95)).isZero();
    }

    @Test
    void one_host_down_means_the_largest_one_and_min_available_means_the_smallest_ones() {
        List<Double> capacities = List.of(50.0, 200.0, 100.0);
        assertThat(CapacityMath.oneDownPerHour(capacities)).isEqualTo(9_000.0);
        assertThat(CapacityMath.smallestPerHour(capacities, 2)).isEqualTo(9_000.0);
        assertThat(CapacityMath.smallestPerHour(capacities, 1)).isEqualTo(3_000.0);
        assertThat(CapacityMath.median(capacities)).isEqualTo(100.0);
        assertThat(CapacityMath.median(List.of(50.0, 100.0, 200.0, 400.0))).isEqualTo(150.0);
    }

    @Test
    void any_one_host_down_leaves_the_others_capacity() {
        List<Double> capacities = List.of(50.0, 200.0, 100.0);
        assertThat(CapacityMath.withoutPerHour(capacities, 50.0)).isEqualTo(18_000.0);
        assertThat(CapacityMath.withoutPerHour(capacities, 200.0)).isEqualTo(CapacityMath.oneDownPerHour(capacities));
        assertThat(CapacityMath.withoutPerHour(capacities, 0)).isEqualTo(21_000.0);
    }

    @Test
    void no_host_is_added_while_p95_stays_under_the_threshold_of_the_survivors() {
        assertThat(CapacityMath.hostsToAdd(List.of(100.0, 100.0, 100.0), 9_600, 0.8)).contains(0);
    }

    @Test
    void just_over_the_threshold_one_host_of_median_capacity_is_enough() {
        // survivors 2 x 6000/h = 12000; 80% = 9600 < 11000; with one more: 18000 x 0.8 = 14400
        assertThat(CapacityMath.hostsToAdd(List.of(100.0, 100.0, 100.0), 11_000, 0.8)).contains(1);
    }

    @Test
    void far_over_the_threshold_the_smallest_sufficient_number_is_advised() {
        // 0.8 x (12000 + 6000k) >= 20000  <=>  k >= 2.17, so 3 (2 gives 19200)
        assertThat(CapacityMath.hostsToAdd(List.of(100.0, 100.0, 100.0), 20_000, 0.8)).contains(3);
    }

    @Test
    void a_single_host_cluster_needs_a_second_host_to_survive_losing_one() {
        assertThat(CapacityMath.hostsToAdd(List.of(100.0), 1_000, 0.8)).contains(1);
    }

    @Test
    void without_any_capacity_no_advice_is_possible() {
        assertThat(CapacityMath.hostsToAdd(List.of(), 1_000, 0.8)).isEmpty();
        assertThat(CapacityMath.utilization(1_000, 0)).isEmpty();
    }
}
