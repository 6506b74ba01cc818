package dev.lull.console;

import java.util.Arrays;
import java.util.Locale;

import dev.lull.platform.ApiProblem;

/** The repeat choices of the blackout form, each an RRULE, and which choice a stored rule is. */
public enum BlackoutRepeat {
    ONCE("Does not repeat", null), DAILY("Every day", "FREQ=DAILY"), WEEKLY("Every week, on the start's weekday",
            "FREQ=WEEKLY"), WEEKDAYS("Every weekday, Monday to Friday", "FREQ=WEEKLY;BYDAY=MO,TU,WE,TH,FR"), MONTHLY(
                    "Every month, on the start's day", "FREQ=MONTHLY"), MONTH_END("Every month, on its last day",
                            "FREQ=MONTHLY;BYMONTHDAY=-1"), QUARTER_END("Every quarter, on its last day",
                                    "FREQ=MONTHLY;BYMONTH=3,6,9,12;BYMONTHDAY=-1"), YEARLY("Every year",
                                            "FREQ=YEARLY"), CUSTOM("Custom RRULE (write it below)", null);

    private final String label;
    private final String rule;

    BlackoutRepeat(String label, String rule) {
        this.label = label;
        this.rule = rule;
    }

    public String label() {
        return label;
    }

    /**
     * The RRULE the form asks for: the chosen preset's, or the custom one as written (the service checks it by the
     * API's rules). Throws the API's 400 on the {@code recurrence} field for an unknown choice or an empty custom rule.
     */
    static String rule(String choice, String custom) {
        BlackoutRepeat repeat = Arrays.stream(values())
                .filter(r -> r.name().equals(choice == null || choice.isBlank()
                        ? ONCE.name()
                        : choice.trim().toUpperCase(Locale.ROOT)))
                .findFirst()
                .orElseThrow(() -> ApiProblem.invalid("recurrence", "unknown repeat choice '" + choice + "'"));
        if (repeat != CUSTOM) {
            return repeat.rule;
        }
        String written = FormInput.trimmed(custom);
        if (written == null) {
            throw ApiProblem.invalid("recurrence", "write an RRULE such as FREQ=WEEKLY;BYDAY=FR, or choose a preset");
        }
        return written;
    }

    /** The choice that stands for a stored rule: its preset, ONCE for none, else CUSTOM. */
    static BlackoutRepeat of(String rule) {
        if (rule == null || rule.isBlank()) {
            return ONCE;
        }
        return Arrays.stream(values()).filter(r -> rule.trim().equals(r.rule)).findFirst().orElse(CUSTOM);
    }
}
