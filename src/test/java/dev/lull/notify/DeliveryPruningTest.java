package dev.lull.notify;

import static dev.lull.Api.as;
import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import javax.sql.DataSource;

import jakarta.inject.Inject;

import org.junit.jupiter.api.DisplayNameGeneration;
import org.junit.jupiter.api.DisplayNameGenerator;
import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;

import dev.lull.Api;

@QuarkusTest
@DisplayNameGeneration(DisplayNameGenerator.ReplaceUnderscores.class)
class DeliveryPruningTest {
    @Inject
    DeliveryPruning pruning;

    @Inject
    DataSource dataSource;

    @Test
    void settled_deliveries_older_than_the_keep_period_go_and_pending_or_recent_ones_stay() throws SQLException {
        long webhook = ((Number) as("admin").body(Map.of("url", "https://hooks.example.com/prune", "events",
                List.of("change.completed"))).post("/api/v1/webhooks").then().statusCode(201).extract().path("id"))
                .longValue();
        Instant now = Api.now();
        Instant old = now.minus(Duration.ofDays(31));
        Instant recent = now.minus(Duration.ofDays(29));
        insert(webhook, "DELIVERED", old);
        insert(webhook, "FAILED", old);
        long pending = insert(webhook, "PENDING", old);
        long kept = insert(webhook, "DELIVERED", recent);

        assertThat(pruning.prune(now)).isEqualTo(2);

        assertThat(remaining(webhook)).containsExactly(pending, kept);
        assertThat(pruning.prune(now)).isZero();
    }

    private long insert(long webhook, String status, Instant created) throws SQLException {
        try (Connection c = dataSource.getConnection(); PreparedStatement s = c.prepareStatement("""
                insert into webhook_delivery (webhook_id, event_id, type, body, status, created_at)
                values (?, ?, 'change.completed', '{}', ?, ?) returning id""")) {
            s.setLong(1, webhook);
            s.setObject(2, UUID.randomUUID());
            s.setString(3, status);
            s.setTimestamp(4, Timestamp.from(created));
            try (ResultSet rs = s.executeQuery()) {
                rs.next();
                return rs.getLong(1);
            }
        }
    }

    private List<Long> remaining(long webhook) throws SQLException {
        List<Long> ids = new ArrayList<>();
        try (Connection c = dataSource.getConnection();
                PreparedStatement s = c.prepareStatement(
                        "select id from webhook_delivery where webhook_id = ? order by id")) {
            s.setLong(1, webhook);
            try (ResultSet rs = s.executeQuery()) {
                while (rs.next()) {
                    ids.add(rs.getLong(1));
                }
            }
        }
        return ids;
    }
}
