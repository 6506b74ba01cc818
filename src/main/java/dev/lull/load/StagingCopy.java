package dev.lull.load;

import java.nio.ByteBuffer;
import java.sql.SQLException;
import java.time.Instant;
import java.time.temporal.ChronoUnit;

import org.postgresql.copy.CopyIn;

/** Streams rows into the staging table in PostgreSQL's binary COPY format, buffered. */
final class StagingCopy implements AutoCloseable {
    private static final Instant PG_EPOCH = Instant.parse("2000-01-01T00:00:00Z");
    private static final byte[] SIGNATURE = {'P', 'G', 'C', 'O', 'P', 'Y', '\n', (byte) 0xFF, '\r', '\n', 0};
    private static final int ROW_BYTES = 2 + (4 + 8) + (4 + 4) + (4 + 8) + (4 + 8);
    private final CopyIn copy;
    private final ByteBuffer buffer = ByteBuffer.allocate(1 << 16);
    private long rows;
    private boolean finished;

    StagingCopy(CopyIn copy) {
        this.copy = copy;
        buffer.put(SIGNATURE).putInt(0).putInt(0);
    }

    void write(long line, int hostId, Instant at, double messages) throws SQLException {
        if (buffer.remaining() < ROW_BYTES) {
            flush();
        }
        buffer.putShort((short) 4);
        buffer.putInt(8).putLong(line);
        buffer.putInt(4).putInt(hostId);
        buffer.putInt(8).putLong(ChronoUnit.MICROS.between(PG_EPOCH, at));
        buffer.putInt(8).putDouble(messages);
        rows++;
    }

    long finish() throws SQLException {
        if (buffer.remaining() < 2) {
            flush();
        }
        buffer.putShort((short) -1);
        flush();
        finished = true;
        return copy.endCopy();
    }

    long rows() {
        return rows;
    }

    private void flush() throws SQLException {
        copy.writeToCopy(buffer.array(), 0, buffer.position());
        buffer.clear();
    }

    @Override
    public void close() throws SQLException {
        if (!finished && copy.isActive()) {
            copy.cancelCopy();
        }
    }
}
