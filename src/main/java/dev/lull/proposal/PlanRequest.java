package dev.lull.proposal;

import java.time.Duration;
import java.time.Instant;
import java.util.List;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import dev.lull.platform.ResourceName;

/** Plan one window per host of a cluster, or of the listed hosts, in a period. */
@Schema(description = "A plan request", example = """
        {"cluster": "mbox", "duration": "PT2H", "from": "2026-12-07T00:00:00Z", "to": "2027-01-07T00:00:00Z"}""")
public record PlanRequest(
        @ResourceName String cluster,
        @Size(max = 200) List<@NotNull @ResourceName String> hosts,
        @NotNull Duration duration,
        Instant from,
        Instant to,
        Duration step) {
}
