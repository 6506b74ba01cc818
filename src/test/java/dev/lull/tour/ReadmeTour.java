package dev.lull.tour;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The executable tour of the README: every {@code ```sh} block of the section headed {@value #SECTION}, in order,
 * each with the answer shown in the {@code ```json}, {@code ```http} or {@code ```text} block right after it, if any.
 * Blocks with another info string ({@code ```shell}, {@code ```yaml}, ...) are only read by people.
 */
record ReadmeTour(Instant clock, List<TourStep> steps) {
    static final String SECTION = "## API tour";
    /** The section names the instant its answers were made at as {@code lull.platform.fixed-clock=<instant>}. */
    private static final Pattern CLOCK = Pattern.compile("lull\\.platform\\.fixed-clock=([0-9T:.Z-]+)");

    /** The tour of the README at {@code path}. */
    static ReadmeTour read(Path path) throws IOException {
        return parse(Files.readAllLines(path));
    }

    static ReadmeTour parse(List<String> lines) {
        List<Line> section = section(lines);
        List<Block> blocks = blocks(section);
        List<TourStep> steps = new ArrayList<>();
        for (int i = 0; i < blocks.size(); i++) {
            Block block = blocks.get(i);
            if (block.info().equals("sh")) {
                Block next = i + 1 < blocks.size() ? blocks.get(i + 1) : null;
                ShownAnswer answer = next == null ? null : ShownAnswer.of(next.info(), next.text());
                steps.add(new TourStep(block.line(), block.text(), answer));
            }
        }
        Instant clock = section.stream().map(line -> CLOCK.matcher(line.text())).filter(Matcher::find)
                .map(found -> Instant.parse(found.group(1))).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("the tour names no lull.platform.fixed-clock"));
        return new ReadmeTour(clock, List.copyOf(steps));
    }

    /** The lines of the tour section, each with its line number in the README. */
    private static List<Line> section(List<String> lines) {
        List<Line> section = new ArrayList<>();
        boolean inside = false;
        for (int i = 0; i < lines.size(); i++) {
            String line = lines.get(i);
            if (line.startsWith("## ")) {
                inside = line.strip().equals(SECTION);
            } else if (inside) {
                section.add(new Line(i + 1, line));
            }
        }
        return section;
    }

    private static List<Block> blocks(List<Line> lines) {
        List<Block> blocks = new ArrayList<>();
        Block open = null;
        StringBuilder text = new StringBuilder();
        for (Line line : lines) {
            if (line.text().startsWith("```")) {
                if (open == null) {
                    open = new Block(line.number(), line.text().substring(3).strip(), "");
                    text.setLength(0);
                } else {
                    blocks.add(new Block(open.line(), open.info(), text.toString()));
                    open = null;
                }
            } else if (open != null) {
                text.append(line.text()).append('\n');
            }
        }
        return blocks;
    }

    private record Line(int number, String text) {
    }

    private record Block(int line, String info, String text) {
    }
}
