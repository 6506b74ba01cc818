package dev.lull.tour;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;

import org.junit.jupiter.api.DisplayNameGeneration;
import org.junit.jupiter.api.DisplayNameGenerator;
import org.junit.jupiter.api.Test;

@DisplayNameGeneration(DisplayNameGenerator.ReplaceUnderscores.class)
class ReadmeTourTest {

    @Test
    void the_tour_is_the_sh_blocks_of_its_section_each_with_the_answer_after_it() {
        ReadmeTour tour = ReadmeTour.parse(List.of("# Title", "```sh", "echo outside", "```", "## API tour",
                "Runs at `lull.platform.fixed-clock=2026-12-01T08:00:00Z`.", "```sh", "echo '{\"a\":1}'", "```",
                "prose", "```json", "{\"a\": 1}", "```", "```shell", "not run", "```", "```sh", "true", "```",
                "## Next", "```sh", "echo after", "```"));
        assertThat(tour.clock()).isEqualTo(Instant.parse("2026-12-01T08:00:00Z"));
        assertThat(tour.steps()).extracting(TourStep::script).containsExactly("echo '{\"a\":1}'\n", "true\n");
        assertThat(tour.steps().get(0).line()).isEqualTo(7);
        assertThat(tour.steps().get(0).answer()).isEqualTo(new ShownAnswer("json", "{\"a\": 1}\n"));
        assertThat(tour.steps().get(1).answer()).isNull();
    }

    @Test
    void the_readme_tour_shows_an_answer_for_nearly_every_step_and_each_is_well_formed() throws IOException {
        ReadmeTour tour = ReadmeTour.read(Path.of("README.md"));
        assertThat(tour.steps()).hasSizeGreaterThan(40);
        assertThat(tour.steps()).filteredOn(step -> step.answer() == null).hasSizeLessThan(3);
        tour.steps().stream().filter(step -> step.answer() != null && step.answer().kind().equals("json"))
                .forEach(step -> assertThat(step.answer().check("null", new HashMap<>()))
                        .as("README line %d", step.line()).noneMatch(p -> p.contains("invalid JSON")));
    }
}
