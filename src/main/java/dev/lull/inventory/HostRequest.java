package dev.lull.inventory;

import java.util.List;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Positive;
import jakarta.validation.constraints.Size;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import dev.lull.platform.ResourceName;
import dev.lull.platform.TimeZoneId;

/** A host as a client creates or replaces it; {@code name} is taken from the path on PUT. */
@Schema(description = "A host as registered or replaced", example = """
        {"name": "mbox-01", "timeZone": "Europe/Berlin", "cluster": "mbox", "role": "mailbox",
         "capacityPerMinute": 1200, "tags": ["mail", "dc1"]}""")
public record HostRequest(
        @ResourceName String name,
        @NotNull @TimeZoneId String timeZone,
        @ResourceName String cluster,
        @Size(max = 100) String role,
        @Positive Double capacityPerMinute,
        @Size(max = 50) List<@NotNull @ResourceName String> tags) {
}
