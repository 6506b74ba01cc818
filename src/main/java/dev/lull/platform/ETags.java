package dev.lull.platform;

import java.time.Instant;

import jakarta.ws.rs.core.EntityTag;

/**
 * Every entity tag of the API, all strong and alike: {@code "v<row version>"} for stored resources and
 * {@code "v<epoch second of the last change>-<digest>"} for rendered documents (calendar feeds); the
 * {@code If-Match} check that guards every write; and tag matching.
 */
public final class ETags {
    private ETags() {
    }

    public static EntityTag of(long version) {
        return new EntityTag(value(version));
    }

    /** The tag value of a rendered document: its last change and the first 16 hex digits of its text's digest. */
    public static String value(Instant lastModified, String hexDigest) {
        return "v" + lastModified.getEpochSecond() + "-" + hexDigest.substring(0, Math.min(16, hexDigest.length()));
    }

    /** The {@code If-Match} header value a server-side caller sends for the version it read (the ETag, quoted). */
    public static String ifMatch(long version) {
        return "\"" + value(version) + "\"";
    }

    private static String value(long version) {
        return "v" + version;
    }

    /**
     * Throws 428 when {@code ifMatch} is missing and 412 when it names neither {@code *} nor the current version: a
     * replacement or a patch must say which version it was made from, so a stale client cannot silently drop fields.
     */
    public static void requireCurrent(String ifMatch, long currentVersion) {
        requireGiven(ifMatch);
        requireMatch(ifMatch, currentVersion);
    }

    /** Throws 428 when {@code ifMatch} is missing; whether it matches is checked once the resource is read. */
    public static void requireGiven(String ifMatch) {
        if (ifMatch == null || ifMatch.isBlank()) {
            throw new ApiProblem(428, "this request replaces or patches a resource and "
                    + "needs If-Match with its current ETag (or *); read the resource first.");
        }
    }

    /** Throws 412 when {@code ifMatch} is present and names neither {@code *} nor the current version. */
    public static void requireMatch(String ifMatch, long currentVersion) {
        if (ifMatch == null || ifMatch.isBlank()) {
            return;
        }
        String current = ifMatch(currentVersion);
        if (matches(ifMatch, current)) {
            return;
        }
        throw new ApiProblem(412,
                "If-Match " + ifMatch + " does not match the current ETag " + current + "; read the resource again.");
    }

    /**
     * Whether a comma-separated {@code If-Match} or {@code If-None-Match} header names {@code *} or the current tag,
     * quoted; weak tags ({@code W/}) compare by their value. A null header matches nothing.
     */
    public static boolean matches(String header, String quotedCurrent) {
        if (header == null) {
            return false;
        }
        for (String candidate : header.split(",")) {
            String tag = candidate.trim();
            if (tag.startsWith("W/")) {
                tag = tag.substring(2);
            }
            if (tag.equals("*") || tag.equals(quotedCurrent)) {
                return true;
            }
        }
        return false;
    }
}
