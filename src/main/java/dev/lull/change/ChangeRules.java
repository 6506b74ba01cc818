package dev.lull.change;

import java.time.Instant;

import dev.lull.platform.ApiProblem;

/** The checks of a change body that bean validation cannot express, each naming its field. */
final class ChangeRules {

    private ChangeRules() {
    }

    static void check(ChangeBody body) {
        requireOrdered("window.end", body.window().start(), body.window().end());
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

    /** 400 naming {@code field} unless a comment is given. */
    static String requireComment(String field, String comment, String why) {
        if (comment == null || comment.isBlank()) {
            throw ApiProblem.invalid(field, "must give " + why);
        }
        return comment.trim();
    }
}
