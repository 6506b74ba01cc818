package dev.lull.notify;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.LinkedHashMap;
import java.util.Map;

import javax.sql.DataSource;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

import org.jboss.logging.Logger;

import io.quarkus.runtime.StartupEvent;

/**
 * At start, encrypts the webhook secrets still stored in plain text when {@code lull.notify.secret-key} is set, or
 * warns that they are in plain text when it is not.
 */
@ApplicationScoped
public class SecretsAtRest {
    private static final Logger LOG = Logger.getLogger(SecretsAtRest.class);
    private static final String PLAIN = "select id, secret from webhook where starts_with(secret, 'whsec_')";
    /** Only if the row still holds what was read: replicas starting together seal each row once. */
    private static final String SEAL = "update webhook set secret = ? where id = ? and secret = ?";

    private final DataSource dataSource;
    private final SecretSeal seal;

    SecretsAtRest(DataSource dataSource, SecretSeal seal) {
        this.dataSource = dataSource;
        this.seal = seal;
    }

    void onStart(@Observes StartupEvent event) {
        if (!seal.encrypts()) {
            LOG.warnf("Webhook secrets are stored in plain text; set %s (LULL_NOTIFY_SECRET_KEY) to the output of "
                    + "`head -c 32 /dev/urandom | base64` to encrypt them (docs/NOTIFICATIONS.md)",
                    SecretSeal.PROPERTY);
            return;
        }
        int sealed = sealPlainText();
        if (sealed > 0) {
            LOG.infof("Encrypted %d webhook secret(s) stored in plain text", sealed);
        }
    }

    /** Encrypts, row by row, the secrets stored in plain text; returns how many this call sealed. */
    int sealPlainText() {
        if (!seal.encrypts()) {
            return 0;
        }
        try (Connection connection = dataSource.getConnection()) {
            Map<Long, String> plain = new LinkedHashMap<>();
            try (PreparedStatement select = connection.prepareStatement(PLAIN);
                    ResultSet rs = select.executeQuery()) {
                while (rs.next()) {
                    plain.put(rs.getLong(1), rs.getString(2));
                }
            }
            int sealed = 0;
            try (PreparedStatement update = connection.prepareStatement(SEAL)) {
                for (Map.Entry<Long, String> row : plain.entrySet()) {
                    update.setString(1, seal.seal(row.getValue()));
                    update.setLong(2, row.getKey());
                    update.setString(3, row.getValue());
                    sealed += update.executeUpdate();
                }
            }
            return sealed;
        } catch (SQLException e) {
            throw new IllegalStateException("encrypting the webhook secrets stored in plain text failed", e);
        }
    }
}
