package dev.lull.inventory;

import java.util.List;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Positive;
import jakarta.validation.constraints.Size;

import dev.lull.platform.ResourceName;
import dev.lull.platform.TimeZoneId;

/** A host as a client creates or replaces it; {@code name} is taken from the path on PUT. */
public record HostRequest(
        @ResourceName String name,
        @NotNull @TimeZoneId String timeZone,
        @ResourceName String cluster,
        @Size(max = 100) String role,
        @Positive Double capacityPerMinute,
        @Size(max = 50) List<@NotNull @ResourceName String> tags) {
}
