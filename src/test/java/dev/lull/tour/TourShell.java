package dev.lull.tour;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * Runs the tour's steps one by one with bash in a scratch directory, against the service at {@code 127.0.0.1:port}
 * where the README says {@code localhost:8080}; the values captured from earlier answers are shell variables.
 */
final class TourShell {
    private static final String README_ADDRESS = "localhost:8080";
    private final String address;
    private final Path directory;
    private final Map<String, String> captures = new LinkedHashMap<>();

    TourShell(int port, Path directory) {
        this.address = "127.0.0.1:" + port;
        this.directory = directory;
    }

    /** Every difference between what the README shows and what the steps answered, each naming its README line. */
    List<String> run(ReadmeTour tour) throws IOException, InterruptedException {
        List<String> problems = new ArrayList<>();
        for (TourStep step : tour.steps()) {
            Result result = run(step.script());
            if (result.exit() != 0) {
                problems.add("README line " + step.line() + ": exit " + result.exit() + ", " + result.error());
            } else if (step.answer() != null) {
                step.answer().check(result.output(), captures)
                        .forEach(problem -> problems.add("README line " + step.line() + ": " + problem));
            }
        }
        return problems;
    }

    private Result run(String script) throws IOException, InterruptedException {
        Path out = Files.createTempFile(directory, "step", ".out");
        Path err = Files.createTempFile(directory, "step", ".err");
        ProcessBuilder builder = new ProcessBuilder("bash", "-o", "pipefail", "-c",
                script.replace(README_ADDRESS, address)).directory(directory.toFile())
                .redirectOutput(out.toFile()).redirectError(err.toFile());
        builder.environment().putAll(captures);
        Process process = builder.start();
        if (!process.waitFor(60, TimeUnit.SECONDS)) {
            process.destroyForcibly();
            return new Result(-1, "", "still running after 60 s");
        }
        return new Result(process.exitValue(), Files.readString(out, StandardCharsets.UTF_8),
                Files.readString(err, StandardCharsets.UTF_8));
    }

    private record Result(int exit, String output, String error) {
    }
}
