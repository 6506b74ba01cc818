package dev.lull.platform;

import jakarta.ws.rs.core.EntityTag;

/** Strong entity tags from row versions, and the {@code If-Match} check that guards every write. */
public final class ETags {
    private ETags() {
    }

    public static EntityTag of(long version) {
        return new EntityTag(Long.toString(version));
    }

    /** Throws 412 when {@code ifMatch} is present and names neither {@code *} nor the current version. */
    public static void requireMatch(String ifMatch, long currentVersion) {
        if (ifMatch == null || ifMatch.isBlank()) {
            return;
        }
        String current = "\"" + currentVersion + "\"";
        for (String candidate : ifMatch.split(",")) {
            String tag = candidate.trim();
            if (tag.startsWith("W/")) {
                tag = tag.substring(2);
            }
            if (tag.equals("*") || tag.equals(current)) {
                return;
            }
        }
        throw new ApiProblem(412, "Precondition failed",
                "If-Match " + ifMatch + " does not match the current ETag " + current + "; read the resource again.");
    }
}
