package dev.lull.notify;

import java.util.List;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/** A webhook as an admin registers it; without a secret, one is generated and returned once. */
public record WebhookRequest(
        @NotBlank @Size(max = 2000) String url,
        @NotEmpty @Size(max = 50) List<@NotNull String> events,
        @Size(max = 200) String secret) {
}
