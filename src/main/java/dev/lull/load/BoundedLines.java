package dev.lull.load;

import java.io.IOException;
import java.io.Reader;
import java.util.function.Supplier;

/**
 * Splits text into lines (ended by LF, CR LF or CR, as {@code BufferedReader} does) and refuses a line longer than a
 * limit before it is held in memory, so that a body without line breaks cannot exhaust the heap.
 */
final class BoundedLines {
    private final Reader in;
    private final int maxLength;
    private final Supplier<RuntimeException> tooLong;
    private final char[] buffer = new char[1 << 16];
    private final StringBuilder line = new StringBuilder(128);
    private int position;
    private int end;
    private boolean skipLineFeed;

    BoundedLines(Reader in, int maxLength, Supplier<RuntimeException> tooLong) {
        this.in = in;
        this.maxLength = maxLength;
        this.tooLong = tooLong;
    }

    /** The next line without its terminator, or null at the end; a line past the limit throws {@code tooLong}'s. */
    String next() throws IOException {
        line.setLength(0);
        boolean any = false;
        while (true) {
            if (position == end && !fill()) {
                return any ? line.toString() : null;
            }
            if (skipLineFeed) {
                skipLineFeed = false;
                if (buffer[position] == '\n') {
                    position++;
                    continue;
                }
            }
            any = true;
            int start = position;
            while (position < end && buffer[position] != '\n' && buffer[position] != '\r') {
                position++;
            }
            line.append(buffer, start, position - start);
            if (line.length() > maxLength) {
                throw tooLong.get();
            }
            if (position < end) {
                skipLineFeed = buffer[position++] == '\r';
                return line.toString();
            }
        }
    }

    private boolean fill() throws IOException {
        int read = in.read(buffer, 0, buffer.length);
        position = 0;
        end = Math.max(read, 0);
        return read > 0;
    }
}
