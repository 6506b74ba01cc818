package dev.lull.change;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/** The review written when a change is closed. */
public record CloseBody(@NotBlank @Size(max = 8000) String review) {
}
