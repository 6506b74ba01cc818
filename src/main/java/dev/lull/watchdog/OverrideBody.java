package dev.lull.watchdog;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** Why a change manager reopens a paused gate. */
@Schema(description = "The comment of an override", example = """
        {"comment": "the burst is our own migration job; carry on"}""")
public record OverrideBody(
        @Schema(description = "Why the gate is reopened despite the alarm; 1 to 1000 characters") @NotBlank @Size(max = 1000) String comment) {
}
