package dev.lull.people;

import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/** A person's profile as they or an admin set it. */
public record PersonRequest(
        @NotBlank @Size(max = 200) String displayName,
        @Email @Size(max = 320) String email) {
}
