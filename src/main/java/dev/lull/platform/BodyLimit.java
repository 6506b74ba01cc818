package dev.lull.platform;

import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;

/** Reads a request body up to a limit and answers 413 the moment it is passed. */
public final class BodyLimit extends FilterInputStream {
    private final long limit;
    private long read;

    private BodyLimit(InputStream body, long limit) {
        super(body);
        this.limit = limit;
    }

    /** Refuses at once a declared length over the limit, then counts what is actually read. */
    public static InputStream wrap(InputStream body, Long declaredLength, long limit) {
        if (declaredLength != null && declaredLength > limit) {
            throw tooLarge(limit);
        }
        return new BodyLimit(body, limit);
    }

    @Override
    public int read() throws IOException {
        int b = super.read();
        if (b >= 0) {
            count(1);
        }
        return b;
    }

    @Override
    public int read(byte[] buffer, int offset, int length) throws IOException {
        int n = super.read(buffer, offset, length);
        if (n > 0) {
            count(n);
        }
        return n;
    }

    private void count(int n) {
        read += n;
        if (read > limit) {
            throw tooLarge(limit);
        }
    }

    private static ApiProblem tooLarge(long limit) {
        return new ApiProblem(413, "The body exceeds the limit of " + limit + " bytes; "
                + "send it in smaller batches.");
    }
}
