package dev.lull.platform;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;

/** One problem title (and type) per status, in sentence case. */
class ProblemTitleTest {

    @Test
    void a_problem_title_depends_on_the_status_alone_in_sentence_case() {
        assertThat(List.of(400, 404, 405, 412, 413, 414, 415, 422, 428, 431, 500, 503).stream().map(Problem::title))
                .containsExactly("Invalid request", "Not found", "Method not allowed", "Precondition failed",
                        "Content too large", "URI too long", "Unsupported media type", "Unprocessable content",
                        "Precondition required", "Request header fields too large", "Internal error",
                        "Service unavailable");
        assertThat(ShutdownDrain.BODY).contains("\"title\":\"Service unavailable\"",
                "\"type\":\"https://lull.dev/problems/service-unavailable\"");
        assertThat(Problem.type(428)).isEqualTo("https://lull.dev/problems/precondition-required");
    }
}
