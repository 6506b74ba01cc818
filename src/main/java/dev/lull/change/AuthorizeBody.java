package dev.lull.change;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/** A change manager's decision on a change's window; a rejection needs a comment. */
public record AuthorizeBody(@NotNull ApprovalDecision decision, @Size(max = 2000) String comment) {
}
