package dev.lull.load;

import java.io.IOException;

/** A stream of samples read from a request body, one at a time, so no body is held in memory. */
public interface SampleSource {
    /** The next sample, or null at the end; a malformed one throws {@link BadSample}. */
    IncomingSample next() throws IOException;
}
