package dev.lull.schedule;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;

import javax.sql.DataSource;

import jakarta.enterprise.context.ApplicationScoped;

/**
 * A number that database triggers move whenever blackouts, changes, outages, service levels or the inventory
 * change; a cache of anything read from the timeline holds while it stays the same, on every replica.
 */
@ApplicationScoped
public class TimelineVersion {
    private final DataSource dataSource;

    TimelineVersion(DataSource dataSource) {
        this.dataSource = dataSource;
    }

    public long current() {
        try (Connection connection = dataSource.getConnection();
                Statement statement = connection.createStatement();
                ResultSet rs = statement.executeQuery("select version from timeline_version where id = 1")) {
            rs.next();
            return rs.getLong(1);
        } catch (SQLException e) {
            throw new IllegalStateException("reading the timeline version failed", e);
        }
    }
}
