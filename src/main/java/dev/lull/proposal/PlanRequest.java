package dev.lull.proposal;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import dev.lull.platform.ResourceName;

/**
 * Plan one window per host of a cluster, or of the listed hosts, in a period: never on a {@code notOn} local date,
 * within {@code earliestLocalTime}..{@code latestLocalTime} local time, at most {@code maxPerNight} windows a night,
 * and none that would breach a downtime budget unless {@code allowBudgetBreach}.
 */
public record PlanRequest(
        @ResourceName String cluster,
        @Size(max = 200) List<@NotNull @ResourceName String> hosts,
        @NotNull Duration duration,
        Instant from,
        Instant to,
        Duration step,
        List<LocalDate> notOn,
        LocalTime earliestLocalTime,
        LocalTime latestLocalTime,
        Integer maxPerNight,
        Boolean allowBudgetBreach) {

    /** Whether windows that would breach a downtime budget may be planned (absent: no). */
    public boolean budgetBreachAllowed() {
        return Boolean.TRUE.equals(allowBudgetBreach);
    }
}
