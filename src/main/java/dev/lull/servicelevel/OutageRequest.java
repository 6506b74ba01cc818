package dev.lull.servicelevel;

import java.time.Instant;
import java.util.List;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import dev.lull.platform.ResourceName;

/** An outage as a client reports it: either hosts or a cluster (all its hosts), since when, until when if over. */
public record OutageRequest(
        @Size(max = 500) List<@NotNull @ResourceName String> hosts,
        @ResourceName String cluster,
        @NotNull Instant start,
        Instant end,
        @NotBlank @Size(max = 1000) String cause) {
}
