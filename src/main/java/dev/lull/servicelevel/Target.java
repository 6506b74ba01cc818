package dev.lull.servicelevel;

import java.time.Period;

/** A service level: the share of time a scope must be available, over a rolling period of whole days. */
public record Target(double availability, Period period) {
}
