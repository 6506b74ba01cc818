package dev.lull.servicelevel;

import java.time.Duration;
import java.time.Period;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/** Settings of service levels: default periods, how far ahead outage times may lie, and capacity advice. */
@ConfigMapping(prefix = "lull.servicelevel")
public interface ServiceLevelConfig {
    /** The period of a service level when none is given, and of availability reports without one. */
    @WithDefault("P30D")
    Period defaultPeriod();

    /** The longest range an availability report covers. */
    @WithDefault("P366D")
    Duration maxRange();

    /** How far back availability reports reach (the hourly load history is kept as long). */
    @WithDefault("P730D")
    Duration maxLookBack();

    /** How far past the server's clock an outage's start or end may lie (reporters' clocks drift). */
    @WithDefault("PT5M")
    Duration clockSkew();

    /** Capacity advice: the share of the surviving hosts' capacity that load may use. */
    @WithDefault("0.8")
    double capacityThreshold();

    /** Below this share of its budget left, a service level raises availability.budget-low (once per episode). */
    @WithDefault("0.25")
    double budgetLowShare();

    /** How often budgets are checked (a scheduler interval, or off). */
    @WithDefault("5m")
    String budgetCheckEvery();

    /** Capacity advice: how many weeks of hourly load are read when none are asked for. */
    @WithDefault("4")
    int capacityWeeks();
}
