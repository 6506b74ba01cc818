package dev.lull.whatif;

import java.time.Instant;
import java.util.List;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import dev.lull.change.ChangeType;
import dev.lull.platform.ResourceName;

/**
 * A window to replay before booking it: on some hosts or every host of a cluster (one of the two), from {@code start}
 * to {@code end}, over the last {@code weeks} weeks (default 8, at most 52); {@code type} is the kind of change the
 * booking dry run assumes (default NORMAL).
 */
@Schema(description = "A what-if question: hosts or a cluster, a future window, how many weeks to replay", example = """
        {"hosts": ["mbox-01"], "start": "2026-12-08T01:00:00Z", "end": "2026-12-08T03:00:00Z", "weeks": 8}""")
public record WhatIfRequest(
        @ResourceName String cluster,
        @Size(max = WhatIfRequest.MAX_HOSTS) List<@NotNull @ResourceName String> hosts,
        @NotNull Instant start,
        @NotNull Instant end,
        @Min(1) @Max(52) Integer weeks,
        ChangeType type) {
    /** The most hosts one question names; a cluster may have no more. */
    public static final int MAX_HOSTS = 50;

    /** The change type of the dry run (absent: NORMAL). */
    public ChangeType changeType() {
        return type == null ? ChangeType.NORMAL : type;
    }
}
