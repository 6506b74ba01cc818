package dev.lull.console;

import java.time.DateTimeException;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;

import dev.lull.booking.PlanChange;
import dev.lull.change.Risk;
import dev.lull.change.StepBody;
import dev.lull.platform.ApiProblem;
import dev.lull.proposal.PlanRequest;

/**
 * The rolling-plan form's fields as typed, so that a refused form comes back as it was sent: the plan request (hours
 * in the viewer's zone, local times in each host's) and the change every window becomes. Bad values are refused
 * with the API's field names.
 */
public record PlanDraft(String minutes, String from, String to, String notOn, String earliest, String latest,
        String maxPerNight, String title, String stepTitle, String stepRole, String stepMinutes, String risk,
        String backoutPlan, boolean submit) {

    /** The form as the cluster page first shows it. */
    static PlanDraft blank(String cluster) {
        return new PlanDraft("120", "", "", "", "", "", "1", "Patch " + cluster, "Patch and reboot", "", "60", "LOW",
                "", false);
    }

    /** The plan request for the cluster, hours read in {@code zone}. */
    PlanRequest request(String cluster, ZoneId zone) {
        return new PlanRequest(cluster, null, Duration.ofMinutes(number("duration", minutes, "minutes")),
                Forms.instant("from", from, zone), Forms.instant("to", to, zone), null, dates(), time(
                        "earliestLocalTime", earliest),
                time("latestLocalTime", latest), nightLimit(), null, null);
    }

    /** What every booked change has in common. */
    PlanChange change() {
        Duration step = stepMinutes == null || stepMinutes.isBlank()
                ? null
                : Duration.ofMinutes(number("plan[0].duration", stepMinutes, "minutes"));
        return new PlanChange(orNull(title), null, null, List.of(new StepBody(orNull(stepTitle), orNull(stepRole),
                step)), List.of(), riskLevel(), orNull(backoutPlan), null);
    }

    public String selectedRisk(String value) {
        return value.equals(risk) ? "selected" : "";
    }

    private Integer nightLimit() {
        return maxPerNight == null || maxPerNight.isBlank()
                ? null
                : (int) number("maxPerNight", maxPerNight, "windows");
    }

    private List<LocalDate> dates() {
        List<LocalDate> dates = new ArrayList<>();
        for (String date : notOn == null ? new String[0] : notOn.trim().split("[\\s,]+")) {
            if (date.isEmpty()) {
                continue;
            }
            try {
                dates.add(LocalDate.parse(date));
            } catch (DateTimeException e) {
                throw ApiProblem.invalid("notOn", "\"" + date + "\" is not a date such as 2027-01-01");
            }
        }
        return dates;
    }

    private Risk riskLevel() {
        try {
            return risk == null || risk.isBlank() ? null : Risk.valueOf(risk);
        } catch (IllegalArgumentException e) {
            throw ApiProblem.invalid("risk", "pick LOW, MEDIUM or HIGH");
        }
    }

    private static LocalTime time(String field, String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return LocalTime.parse(value.trim());
        } catch (DateTimeException e) {
            throw ApiProblem.invalid(field, "\"" + value + "\" is not a time of day such as 22:00");
        }
    }

    private static long number(String field, String value, String unit) {
        try {
            long number = Long.parseLong(value == null ? "" : value.trim());
            if (number < 1 || number > 44_640) {
                throw ApiProblem.invalid(field, "must be between 1 and 44640 " + unit);
            }
            return number;
        } catch (NumberFormatException e) {
            throw ApiProblem.invalid(field, "\"" + value + "\" is not a whole number of " + unit);
        }
    }

    private static String orNull(String text) {
        return text == null || text.isBlank() ? null : text.trim();
    }
}
