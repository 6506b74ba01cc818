package dev.lull.booking;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The booking rules stand on the floor both sides use, and plan booking stands above them: no arrow points back. */
class ImportArrowsTest {

    @ParameterizedTest(name = "{0} does not import {1}")
    @CsvSource({"proposal, change", "change, proposal", "schedule, proposal", "schedule, change",
            "schedule, booking", "proposal, booking", "change, booking", "load, loadsource", "change, silence",
            "silence, change", "notify, silence", "silence, notify", "holiday, schedule", "holiday, proposal",
            "holiday, change", "schedule, holiday", "change, mail",
            "calendar, mail", "people, mail", "notify, mail", "notify, calendar", "notify, change",
            "proposal, whatif", "change, whatif", "servicelevel, whatif", "load, whatif", "schedule, whatif",
            "gate, watchdog", "gate, change", "gate, proposal", "load, watchdog", "proposal, watchdog",
            "change, watchdog", "availability, watchdog", "notify, watchdog", "whatif, watchdog", "watchdog, whatif",
            "watchdog, calendar", "watchdog, mail", "watchdog, console"})
    void no_feature_imports_one_standing_on_it_or_beside_it(String feature, String forbidden) throws IOException {
        Path sources = Path.of("src/main/java/dev/lull", feature);
        try (Stream<Path> files = Files.list(sources)) {
            List<String> offenders = files.filter(file -> read(file).contains("import dev.lull." + forbidden + "."))
                    .map(file -> file.getFileName().toString()).toList();
            assertThat(offenders).as(feature + " classes importing " + forbidden).isEmpty();
        }
    }

    private static String read(Path file) {
        try {
            return Files.readString(file);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }
}
