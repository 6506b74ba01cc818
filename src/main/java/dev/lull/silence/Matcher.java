package dev.lull.silence;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** An Alertmanager label matcher; {host} in its value stands for each host's name. */
@Schema(description = "A label matcher; {host} in the value is replaced by the host's name")
public record Matcher(
        @Schema(description = "A label name, such as instance") @NotBlank @Size(max = 100) @Pattern(regexp = "[a-zA-Z_][a-zA-Z0-9_]*") String name,
        @Schema(description = "The value, such as {host}:9100") @NotNull @Size(min = 1, max = 500) String value,
        @Schema(description = "Whether the value is a regular expression (default false)") Boolean isRegex) {

    /** This matcher for one host: {host} replaced, escaped for a regular expression when it is one. */
    Matcher forHost(String host) {
        boolean regex = Boolean.TRUE.equals(isRegex);
        return new Matcher(name, value.replace(SilencingBody.HOST, regex ? host.replace(".", "\\.") : host), regex);
    }
}
