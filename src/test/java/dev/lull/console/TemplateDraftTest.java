package dev.lull.console;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.List;

import org.junit.jupiter.api.DisplayNameGeneration;
import org.junit.jupiter.api.DisplayNameGenerator;
import org.junit.jupiter.api.Test;

import dev.lull.change.StepBody;
import dev.lull.change.TemplateBody;
import dev.lull.platform.ApiProblem;
import dev.lull.platform.FieldError;

/** The template form: typed fields to the API's body, and the API's plan[k] messages back to their rows. */
@DisplayNameGeneration(DisplayNameGenerator.ReplaceUnderscores.class)
class TemplateDraftTest {

    private static TemplateDraft typed() {
        return TemplateDraft.typed(" Patch ", "", "web-1, web-2  web-3", List.of("mbox"), "90",
                List.of("", "drain", "", "patch"), List.of("", "ops", "", "dba"), List.of("", "10", "", ""));
    }

    @Test
    void the_body_skips_rows_without_a_title_and_reads_minutes_and_host_names() {
        TemplateBody body = typed().body();
        assertThat(body.title()).isEqualTo("Patch");
        assertThat(body.description()).isNull();
        assertThat(body.hosts()).containsExactly("web-1", "web-2", "web-3");
        assertThat(body.clusters()).containsExactly("mbox");
        assertThat(body.maxDuration()).isEqualTo(Duration.ofMinutes(90));
        assertThat(body.plan()).containsExactly(new StepBody("drain", "ops", Duration.ofMinutes(10)),
                new StepBody("patch", "dba", null));
    }

    @Test
    void the_apis_message_about_step_k_comes_back_next_to_the_row_that_became_step_k() {
        TemplateDraft refused = typed().refused(ApiProblem.invalid(List.of(new FieldError("plan[1].role",
                "must not be null"), new FieldError("hosts[2]", "must be 1-63 characters"))));
        assertThat(refused.steps()).extracting(TemplateDraft.Step::error).startsWith("", "", "",
                "role: must not be null");
        assertThat(refused.error("hosts")).isEqualTo("must be 1-63 characters");
        assertThat(refused.steps()).hasSize(5);
    }
}
