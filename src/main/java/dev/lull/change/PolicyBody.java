package dev.lull.change;

import java.util.List;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import dev.lull.platform.ResourceName;

/** An approval policy as a change manager writes it: rules of required roles by change type and risk. */
public record PolicyBody(@NotNull @Size(max = 50) List<@NotNull @Valid Rule> rules) {

    /** Changes of {@code type} and one of {@code risks} (none: any) need {@code roles}' approval. */
    public record Rule(
            @NotNull ChangeType type,
            @Size(max = 3) List<@NotNull Risk> risks,
            @NotEmpty @Size(max = 20) List<@NotNull @ResourceName String> roles) {
    }
}
