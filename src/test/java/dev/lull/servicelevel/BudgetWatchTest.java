package dev.lull.servicelevel;

import static dev.lull.Api.as;
import static dev.lull.Api.unique;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.hasItem;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import javax.sql.DataSource;

import jakarta.inject.Inject;

import org.junit.jupiter.api.DisplayNameGeneration;
import org.junit.jupiter.api.DisplayNameGenerator;
import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;

import dev.lull.Api;

@QuarkusTest
@DisplayNameGeneration(DisplayNameGenerator.ReplaceUnderscores.class)
class BudgetWatchTest {
    @Inject
    BudgetWatch watch;

    @Inject
    DataSource dataSource;

    @Test
    void a_budget_running_low_is_announced_once_per_episode_and_the_sla_etag_stays() {
        String host = unique("bw");
        as("admin").body(Map.of("name", host, "timeZone", "UTC")).post("/api/v1/hosts").then().statusCode(201);
        String etag = as("admin").body(Map.of("availabilityTarget", 0.99, "periodLength", "P30D"))
                .put("/api/v1/hosts/{name}/sla", host).then().statusCode(201).extract().header("ETag");
        int hook = as("admin")
                .body(Map.of("url", "http://127.0.0.1:9/hook", "events", List.of("availability.budget-low")))
                .post("/api/v1/webhooks").then().statusCode(201).extract().path("id");
        Instant now = Api.now().truncatedTo(ChronoUnit.MINUTES);
        watch.check();
        as("admin").body(Map.of("hosts", List.of(host), "start", now.minus(Duration.ofHours(8)).toString(),
                "end", now.minus(Duration.ofHours(1)).toString(), "cause", "disk failure"))
                .post("/api/v1/outages").then().statusCode(201);
        assertThat(watch.check()).isGreaterThanOrEqualTo(1);
        watch.check();
        as("admin").get("/api/v1/webhooks/{id}/deliveries", hook).then().statusCode(200)
                .body("items.type", hasItem("availability.budget-low"));
        as("viewer").get("/api/v1/hosts/{name}/sla", host).then().statusCode(200).header("ETag", etag);
    }

    @Test
    void two_replicas_checking_at_once_announce_a_low_budget_once() throws Exception {
        String host = unique("bw2");
        as("admin").body(Map.of("name", host, "timeZone", "UTC")).post("/api/v1/hosts").then().statusCode(201);
        as("admin").body(Map.of("availabilityTarget", 0.99, "periodLength", "P30D"))
                .put("/api/v1/hosts/{name}/sla", host)
                .then().statusCode(201);
        int hook = as("admin")
                .body(Map.of("url", "http://127.0.0.1:9/hook2", "events", List.of("availability.budget-low")))
                .post("/api/v1/webhooks").then().statusCode(201).extract().path("id");
        Instant now = Api.now().truncatedTo(ChronoUnit.MINUTES);
        as("admin").body(Map.of("hosts", List.of(host), "start", now.minus(Duration.ofHours(8)).toString(),
                "end", now.minus(Duration.ofHours(1)).toString(), "cause", "disk failure"))
                .post("/api/v1/outages").then().statusCode(201);

        CountDownLatch start = new CountDownLatch(1);
        ExecutorService replicas = Executors.newFixedThreadPool(2);
        List<Future<Integer>> runs = new ArrayList<>();
        for (int i = 0; i < 2; i++) {
            runs.add(replicas.submit(() -> {
                start.await();
                return watch.check();
            }));
        }
        start.countDown();
        for (Future<Integer> run : runs) {
            run.get(30, TimeUnit.SECONDS);
        }
        replicas.shutdown();

        assertThat(announcements(hook, host)).isEqualTo(1);
    }

    private int announcements(int hook, String host) throws SQLException {
        try (Connection c = dataSource.getConnection();
                PreparedStatement s = c.prepareStatement(
                        "select count(*) from webhook_delivery where webhook_id = ? and type = 'availability.budget-low' "
                                + "and body like ?")) {
            s.setLong(1, hook);
            s.setString(2, "%\"" + host + "\"%");
            try (ResultSet rs = s.executeQuery()) {
                rs.next();
                return rs.getInt(1);
            }
        }
    }
}
