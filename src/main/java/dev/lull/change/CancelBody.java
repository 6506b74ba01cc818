package dev.lull.change;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/** Why a change is called off. */
public record CancelBody(@NotBlank @Size(max = 2000) String reason) {
}
