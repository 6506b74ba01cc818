package dev.lull.change;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import dev.lull.platform.ResourceName;

/** A role owner's decision; a rejection needs a comment. */
public record ApprovalBody(
        @NotNull @ResourceName String role,
        @NotNull ApprovalDecision decision,
        @Size(max = 2000) String comment) {
}
