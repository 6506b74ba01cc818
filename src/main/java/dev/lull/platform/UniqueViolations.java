package dev.lull.platform;

import java.sql.SQLException;

/** Recognises a PostgreSQL unique-key violation (SQLSTATE 23505) anywhere in a cause chain. */
public final class UniqueViolations {
    private UniqueViolations() {
    }

    public static boolean isUniqueViolation(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof SQLException sql && "23505".equals(sql.getSQLState())) {
                return true;
            }
        }
        return false;
    }
}
