package dev.lull.proposal;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import dev.lull.platform.ResourceName;

/**
 * Plan one window per host of a cluster, or of the listed hosts, in a period: never on a {@code notOn} local date,
 * within {@code earliestLocalTime}..{@code latestLocalTime} local time, at most {@code maxPerNight} windows a night,
 * none that would breach a downtime budget unless {@code allowBudgetBreach}, and none touching a host's holidays
 * unless {@code avoidHolidays} is false.
 */
@Schema(description = "A plan request: a cluster (or hosts), the window length and optional constraints", example = """
        {"cluster": "mbox", "duration": "PT2H", "from": "2026-12-07T00:00:00Z", "to": "2027-01-07T00:00:00Z",
         "notOn": ["2026-12-24", "2026-12-25"], "earliestLocalTime": "22:00", "latestLocalTime": "05:00", "maxPerNight": 1}""")
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
        Boolean allowBudgetBreach,
        Boolean avoidHolidays) {

    /** Whether windows that would breach a downtime budget may be planned (absent: no). */
    public boolean budgetBreachAllowed() {
        return Boolean.TRUE.equals(allowBudgetBreach);
    }

    /** Whether windows touching a host's holidays are left out (absent: yes). */
    public boolean holidaysAvoided() {
        return !Boolean.FALSE.equals(avoidHolidays);
    }
}
