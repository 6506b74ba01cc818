package dev.lull.silence;

import java.util.List;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** Where and how the alerts of a cluster's or host's changes are silenced during their windows. */
@Schema(description = "The Alertmanagers (one, or an HA pair) and the matchers that silence a host's alerts", example = """
        {"type": "alertmanager", "urls": ["http://alertmanager-0:9093", "http://alertmanager-1:9093"],
         "matchers": [{"name": "instance", "value": "{host}:9100", "isRegex": false}]}""")
public record SilencingBody(
        @Schema(description = "Always alertmanager") @NotNull @Size(max = 20) String type,
        @Schema(description = "Each Alertmanager's base URL, http or https; each gets its own silence") @NotEmpty @Size(max = 5) List<@NotBlank @Size(max = 2048) String> urls,
        @Schema(description = "The matchers of each silence; on a cluster one value must hold {host}") @NotEmpty @Size(max = 20) List<@NotNull @Valid Matcher> matchers) {
    static final String HOST = "{host}";
}
