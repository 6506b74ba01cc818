package dev.lull.schedule;

import java.time.Instant;
import java.util.List;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import dev.lull.platform.ResourceName;
import dev.lull.platform.TimeZoneId;

/** A blackout as a client creates or replaces it: the first occurrence, and how it recurs. */
@Schema(description = "A blackout as created or replaced", example = """
        {"name": "Year-end freeze", "start": "2026-12-23T00:00:00Z", "end": "2027-01-02T00:00:00Z",
         "timeZone": "Europe/Berlin", "clusters": ["mbox"], "reason": "No changes over the holidays"}""")
public record BlackoutRequest(
        @NotBlank @Size(max = 200) String name,
        @NotNull Instant start,
        @NotNull Instant end,
        @NotNull @TimeZoneId String timeZone,
        @Size(max = 500) String recurrence,
        @Size(max = 500) List<@NotNull @ResourceName String> hosts,
        @Size(max = 100) List<@NotNull @ResourceName String> clusters,
        @NotBlank @Size(max = 1000) String reason) {
}
