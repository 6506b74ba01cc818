package dev.lull.change;

import java.util.List;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import dev.lull.people.Username;
import dev.lull.platform.ResourceName;

/** The owning team of a cluster or host: an approval role, named people (usernames), or both. */
public record OwnerBody(@ResourceName String role, @Size(max = 50) List<@NotNull @Username String> people) {
}
