package dev.lull.tour;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import dev.lull.PackagedService;

/**
 * The README's API tour runs as written: each of its {@code ```sh} blocks, with bash and curl, against the packaged
 * service with the demo data and the demo users, its clock standing at the instant the tour names, in the schema
 * {@code lull_it_tour}; every answer shown must match on the fields shown. {@code -Dlull.tour.port=8080} runs it
 * against a service already running there instead (started as this test starts it, on an empty schema).
 */
class ReadmeTourIT {

    @Test
    void the_readme_tour_answers_what_it_shows() throws Exception {
        ReadmeTour tour = ReadmeTour.read(Path.of("README.md"));
        assertThat(tour.steps()).as("steps of the tour").hasSizeGreaterThan(20);
        Map<String, String> env = new HashMap<>(PackagedService.demoUserEnvironment());
        env.put("LULL_DEMO_ENABLED", "true");
        env.put("LULL_PLATFORM_FIXED_CLOCK", tour.clock().toString());
        env.put("LULL_NOTIFY_DELIVERY_EVERY", "off");
        env.put("QUARKUS_SHUTDOWN_DELAY", "0s");
        String running = System.getProperty("lull.tour.port", "");
        if (!running.isBlank()) {
            assertThat(run(tour, Integer.parseInt(running))).as("differences from the README").isEmpty();
            return;
        }
        Path log = Files.createTempFile("lull-tour", ".log");
        try (PackagedService service = PackagedService.start("lull_it_tour", env, log)) {
            service.awaitReady(Duration.ofSeconds(120));
            assertThat(run(tour, service.port())).as("differences from the README (service log: %s)", log).isEmpty();
        }
    }

    private static List<String> run(ReadmeTour tour, int port) throws Exception {
        return new TourShell(port, Files.createTempDirectory("lull-tour")).run(tour);
    }
}
