package dev.lull.silence;

import java.util.List;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A silencing target as the API shows it. */
@Schema(description = "The Alertmanagers and matchers that silence a cluster's or host's alerts during its changes")
public record SilencingView(
        @Schema(description = "cluster or host") String scope,
        @Schema(description = "The cluster's or host's name") String name,
        @Schema(description = "Always alertmanager") String type,
        @Schema(description = "The Alertmanagers' base URLs") List<String> urls,
        @Schema(description = "The matchers, with their {host} placeholders") List<Matcher> matchers) {
}
