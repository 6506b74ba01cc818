package dev.lull.change;

import java.util.List;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import dev.lull.platform.ResourceName;

/** A change request as its requester creates or edits it. */
@Schema(description = "A change as requested or edited", example = """
        {"title": "Kernel patch mbox-01", "description": "Monthly security patches", "type": "NORMAL",
         "hosts": ["mbox-01"], "window": {"start": "2026-12-08T01:00:00Z", "end": "2026-12-08T03:00:00Z"},
         "plan": [{"title": "Drain and patch", "role": "infrastructure-admin", "duration": "PT45M"},
          {"title": "Check mail flow", "role": "application-admin", "duration": "PT15M"}],
         "requiredRoles": ["infrastructure-admin"], "risk": "LOW", "backoutPlan": "Boot the previous kernel"}""")
public record ChangeBody(
        @NotBlank @Size(max = 200) String title,
        @Size(max = 10_000) String description,
        @NotNull ChangeType type,
        @NotEmpty @Size(max = 200) List<@NotNull @ResourceName String> hosts,
        @NotNull @Valid WindowBody window,
        @NotEmpty @Size(max = 100) List<@NotNull @Valid StepBody> plan,
        @Size(max = 20) List<@NotNull @ResourceName String> requiredRoles,
        Risk risk,
        @Size(max = 10_000) String backoutPlan,
        @Size(max = 1000) String blackoutOverride,
        Long template) {
}
