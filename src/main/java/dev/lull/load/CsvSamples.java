package dev.lull.load;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.format.DateTimeParseException;

/** Reads {@code host,at,messages} CSV line by line; blank lines are skipped, line numbers count the header. */
public final class CsvSamples implements SampleSource {
    /** Far more than a host name, an instant and a number need; a longer line is refused before it is read whole. */
    static final int MAX_LINE = 1024;
    private static final String HEADER = "host,at,messages";
    private final BoundedLines reader;
    private int line;

    public CsvSamples(InputStream body) {
        this.reader = new BoundedLines(new InputStreamReader(body, StandardCharsets.UTF_8), MAX_LINE, this::tooLong);
    }

    @Override
    public IncomingSample next() throws IOException {
        if (line == 0) {
            readHeader();
        }
        String text;
        do {
            line++;
            text = reader.next();
            if (text == null) {
                return null;
            }
        } while (text.isBlank());
        return parse(text, "line " + line);
    }

    private void readHeader() throws IOException {
        line = 1;
        String header = reader.next();
        if (header == null) {
            throw new BadSample("line 1", "the body is empty; expected the header " + HEADER);
        }
        String normalized = header.replace("\uFEFF", "").replace(" ", "").toLowerCase();
        if (!normalized.equals(HEADER)) {
            throw new BadSample("line 1", "expected the header " + HEADER + " but found '" + header + "'");
        }
    }

    private BadSample tooLong() {
        return new BadSample("line " + line, "longer than " + MAX_LINE + " characters; expected host,at,messages");
    }

    static IncomingSample parse(String text, String position) {
        int first = text.indexOf(',');
        int second = first < 0 ? -1 : text.indexOf(',', first + 1);
        if (second < 0 || text.indexOf(',', second + 1) >= 0) {
            throw new BadSample(position,
                    "expected 3 fields (host,at,messages) but found " + text.split(",", -1).length);
        }
        Instant at;
        try {
            at = Timestamps.parse(text.substring(first + 1, second).trim());
        } catch (DateTimeParseException e) {
            throw new BadSample(position, "at must be an ISO-8601 UTC instant such as 2026-11-02T08:05:00Z");
        }
        double messages;
        try {
            messages = Double.parseDouble(text.substring(second + 1));
        } catch (NumberFormatException e) {
            throw new BadSample(position, "messages must be a number");
        }
        return new IncomingSample(text.substring(0, first).trim(), at, messages, position);
    }
}
