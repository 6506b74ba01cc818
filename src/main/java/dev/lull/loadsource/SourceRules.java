package dev.lull.loadsource;

import java.net.URI;
import java.time.Duration;
import java.time.Period;
import java.time.format.DateTimeParseException;

import dev.lull.platform.ApiProblem;
import dev.lull.platform.ServiceUrl;

/** Checks a load source body and turns it into settings; each refusal names its field (400). */
final class SourceRules {
    static final Duration DEFAULT_STEP = Duration.ofMinutes(5);
    static final Duration DEFAULT_BACKFILL = Duration.ofDays(26 * 7);
    static final Duration MIN_STEP = Duration.ofSeconds(10);
    static final Duration MAX_STEP = Duration.ofHours(1);
    static final Duration MAX_BACKFILL = Duration.ofDays(730);

    private SourceRules() {
    }

    /** The settings of {@code body}; {@code onCluster} requires the {host} placeholder. */
    static SourceSettings check(LoadSourceBody body, boolean onCluster) {
        if (!"prometheus".equals(body.type())) {
            throw ApiProblem.invalid("type", "must be prometheus");
        }
        URI url = ServiceUrl.require("url", body.url());
        if (onCluster && !body.query().contains(SourceSettings.HOST_PLACEHOLDER)) {
            throw ApiProblem.invalid("query", "must contain {host} on a cluster, so that it returns one host's series");
        }
        Duration step = duration("step", body.step(), DEFAULT_STEP);
        if (step.compareTo(MIN_STEP) < 0 || step.compareTo(MAX_STEP) > 0 || step.getNano() != 0) {
            throw ApiProblem.invalid("step", "must be whole seconds from PT10S to PT1H");
        }
        Duration backfill = duration("backfill", body.backfill(), DEFAULT_BACKFILL);
        if (backfill.isNegative() || backfill.compareTo(MAX_BACKFILL) > 0 || backfill.toSeconds() % 86_400 != 0) {
            throw ApiProblem.invalid("backfill", "must be whole days from P0D to P730D");
        }
        return new SourceSettings(url, body.query(), step, backfill, auth(body.auth()));
    }

    /** A duration as PT… (Duration) or P…D/P…W (Period of days and weeks only). */
    static Duration duration(String field, String text, Duration absent) {
        if (text == null) {
            return absent;
        }
        try {
            if (text.contains("T")) {
                return Duration.parse(text);
            }
            Period period = Period.parse(text);
            if (period.getYears() != 0 || period.getMonths() != 0) {
                throw ApiProblem.invalid(field, "must be in days or weeks (P30D, P26W), not months or years");
            }
            return Duration.ofDays(period.getDays());
        } catch (DateTimeParseException e) {
            throw ApiProblem.invalid(field, "must be an ISO-8601 duration such as PT5M or P26W");
        }
    }

    private static SourceAuth auth(LoadSourceBody.Auth auth) {
        if (auth == null) {
            return SourceAuth.NONE;
        }
        if ((auth.bearerToken() == null) == (auth.basic() == null)) {
            throw ApiProblem.invalid("auth", "must hold either bearerToken or basic");
        }
        return auth.basic() == null
                ? SourceAuth.of(auth.bearerToken(), null, null)
                : SourceAuth.of(null, auth.basic().username(), auth.basic().password());
    }
}
