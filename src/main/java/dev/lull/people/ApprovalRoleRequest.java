package dev.lull.people;

import java.util.List;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/** An approval role as an admin creates or replaces it. */
public record ApprovalRoleRequest(
        @NotBlank @Size(max = 200) String title,
        @NotNull @Size(max = 200) List<@NotNull @Username String> owners) {
}
