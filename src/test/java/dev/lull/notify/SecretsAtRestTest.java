package dev.lull.notify;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.util.Map;
import java.util.Optional;

import javax.sql.DataSource;

import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;

import org.junit.jupiter.api.DisplayNameGeneration;
import org.junit.jupiter.api.DisplayNameGenerator;
import org.junit.jupiter.api.Test;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;

import dev.lull.Api;
import dev.lull.platform.Notice;
import dev.lull.platform.NoticeType;

/** With {@code lull.notify.secret-key} set, webhook secrets are stored encrypted and still sign deliveries. */
@QuarkusTest
@TestProfile(SecretsAtRestTest.KeyConfigured.class)
@DisplayNameGeneration(DisplayNameGenerator.ReplaceUnderscores.class)
class SecretsAtRestTest {
    static final String COMPLETED = NoticeType.CHANGE_COMPLETED.id();

    /** A fixed test key. */
    public static class KeyConfigured implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of("lull.notify.secret-key", SecretSealTest.KEY);
        }
    }

    @Inject
    DataSource dataSource;

    @Inject
    Event<Notice> notices;

    @Inject
    DeliveryWorker worker;

    @Inject
    SecretsAtRest atRest;

    @Inject
    Clock clock;

    @Test
    void a_new_webhook_secret_is_stored_encrypted_and_deliveries_are_signed_with_the_plain_one() throws Exception {
        try (Receiver receiver = Receiver.subscribed(COMPLETED)) {
            assertThat(receiver.secret()).startsWith("whsec_");
            assertThat(stored(receiver.webhookId())).startsWith("v1:").doesNotContain(receiver.secret())
                    .doesNotContain(receiver.secret().substring("whsec_".length()));
            raise(7);
            worker.deliverDue(clock.instant());
            assertThat(receiver.received()).singleElement()
                    .satisfies(received -> assertThat(received.signatureValid()).isTrue());
        }
    }

    @Test
    void a_secret_stored_in_plain_text_is_encrypted_by_the_start_up_step_and_still_signs() throws Exception {
        try (Receiver receiver = Receiver.start()) {
            receiver.trust(StandardWebhooksTest.SECRET);
            long id = insert(receiver.url(), StandardWebhooksTest.SECRET);
            try {
                assertThat(atRest.sealPlainText()).isPositive();
                assertThat(atRest.sealPlainText()).isZero();
                String stored = stored(id);
                assertThat(stored).startsWith("v1:");
                assertThat(SecretSeal.of(Optional.of(SecretSealTest.KEY)).open(stored))
                        .isEqualTo(StandardWebhooksTest.SECRET);
                raise(8);
                worker.deliverDue(clock.instant());
                assertThat(receiver.received()).singleElement()
                        .satisfies(received -> assertThat(received.signatureValid()).isTrue());
            } finally {
                Api.as("admin").delete("/api/v1/webhooks/{id}", id).then().statusCode(204);
            }
        }
    }

    @Test
    void a_secret_sealed_under_another_key_fails_the_attempt_with_the_reason_and_sends_nothing() throws Exception {
        try (Receiver receiver = Receiver.start()) {
            String foreign = SecretSeal.of(Optional.of(SecretSealTest.OTHER_KEY)).seal(StandardWebhooksTest.SECRET);
            long id = insert(receiver.url(), foreign);
            try {
                raise(9);
                worker.deliverDue(clock.instant());
                assertThat(receiver.received()).isEmpty();
                String error = Api.as("admin").get("/api/v1/webhooks/{id}/deliveries", id).then().statusCode(200)
                        .extract().path("items[0].lastError");
                assertThat(error).isEqualTo("cannot decrypt the webhook secret: wrong lull.notify.secret-key or "
                        + "altered data (authentication failed)");
            } finally {
                Api.as("admin").delete("/api/v1/webhooks/{id}", id).then().statusCode(204);
            }
        }
    }

    void raise(int change) {
        QuarkusTransaction.requiringNew()
                .run(() -> notices.fire(new Notice(NoticeType.CHANGE_COMPLETED, Map.of("change", change))));
    }

    /** A webhook row written directly, as an older version or another key left it. */
    long insert(String url, String secret) throws SQLException {
        try (Connection connection = dataSource.getConnection();
                PreparedStatement insert = connection.prepareStatement(
                        "insert into webhook (url, events, secret, created_at) values (?, ?, ?, ?) returning id")) {
            insert.setString(1, url);
            insert.setArray(2, connection.createArrayOf("text", new String[]{COMPLETED}));
            insert.setString(3, secret);
            insert.setTimestamp(4, Timestamp.from(clock.instant()));
            try (ResultSet rs = insert.executeQuery()) {
                rs.next();
                return rs.getLong(1);
            }
        }
    }

    String stored(long id) throws SQLException {
        try (Connection connection = dataSource.getConnection();
                PreparedStatement select = connection.prepareStatement("select secret from webhook where id = ?")) {
            select.setLong(1, id);
            try (ResultSet rs = select.executeQuery()) {
                rs.next();
                return rs.getString(1);
            }
        }
    }
}
