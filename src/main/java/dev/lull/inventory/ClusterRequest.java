package dev.lull.inventory;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import dev.lull.platform.ResourceName;

/** A cluster as a client creates or replaces it; {@code name} is taken from the path on PUT. */
@Schema(description = "A cluster as created or replaced", example = """
        {"name": "mbox", "description": "Mailbox servers, DC1", "minAvailable": 2}""")
public record ClusterRequest(
        @ResourceName String name,
        @Size(max = 1000) String description,
        @NotNull @Min(0) @Max(10_000) Integer minAvailable) {
}
