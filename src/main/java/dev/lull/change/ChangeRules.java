package dev.lull.change;

import java.time.Duration;
import java.time.Instant;

import dev.lull.platform.ApiProblem;

/** The checks of a change body that bean validation cannot express, each naming its field. */
final class ChangeRules {

    private ChangeRules() {
    }

    /** The longest change window: conflict checks and budgets read no more than this per change. */
    static final Duration MAX_WINDOW = Duration.ofDays(31);

    static void check(ChangeBody body) {
        requireWindow("window.end", body.window().start(), body.window().end());
        for (int i = 0; i < body.plan().size(); i++) {
            var duration = body.plan().get(i).duration();
            if (duration != null && duration.isNegative()) {
                throw ApiProblem.invalid("plan[" + i + "].duration", "must not be negative");
            }
        }
        if (body.blackoutOverride() != null && !body.blackoutOverride().isBlank()
                && body.type() != ChangeType.EMERGENCY) {
            throw ApiProblem.invalid("blackoutOverride", "only an EMERGENCY change may override blackouts");
        }
    }

    /** 400 naming {@code field} unless {@code end} lies after {@code start}. */
    static void requireOrdered(String field, Instant start, Instant end) {
        if (!end.isAfter(start)) {
            throw ApiProblem.invalid(field, "must be after the start");
        }
    }

    /** 400 naming {@code field} unless {@code end} lies after {@code start}, at most {@link #MAX_WINDOW} after it. */
    static void requireWindow(String field, Instant start, Instant end) {
        requireOrdered(field, start, end);
        if (Duration.between(start, end).compareTo(MAX_WINDOW) > 0) {
            throw ApiProblem.invalid(field, "must be at most " + MAX_WINDOW.toDays() + " days after the start");
        }
    }

    /** 400 naming {@code field} unless a comment is given. */
    static String requireComment(String field, String comment, String why) {
        if (comment == null || comment.isBlank()) {
            throw ApiProblem.invalid(field, "must give " + why);
        }
        return comment.trim();
    }
}
