package dev.lull.loadsource;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import javax.sql.DataSource;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

import org.jboss.logging.Logger;

import io.quarkus.runtime.StartupEvent;

import dev.lull.platform.ApiProblem;
import dev.lull.platform.SealedText;

/**
 * Load sources' credentials at rest: sealed with AES-256-GCM under {@code lull.load-source.secret-key} when stored,
 * opened only to call Prometheus. At start, seals the credentials still in plain text, or refuses to start when
 * some exist and no key is set.
 */
@ApplicationScoped
public class SourceCredentials {
    static final String PROPERTY = "lull.load-source.secret-key";
    private static final Logger LOG = Logger.getLogger(SourceCredentials.class);
    private static final String PLAIN = "select id, bearer_token, basic_password from load_source "
            + "where not credentials_sealed and (bearer_token is not null or basic_password is not null)";
    private static final String ANY = "select count(*) from load_source "
            + "where bearer_token is not null or basic_password is not null";
    /** Only if the row still holds what was read: replicas starting together seal each row once. */
    private static final String SEAL = "update load_source set bearer_token = ?, basic_password = ?, "
            + "credentials_sealed = true where id = ? and not credentials_sealed";

    private final DataSource dataSource;
    private final SealedText seal;

    SourceCredentials(DataSource dataSource, LoadSourceConfig config) {
        this.dataSource = dataSource;
        this.seal = config.secretKey().map(key -> SealedText.of(key, PROPERTY, "lull load source credential v1"))
                .orElse(null);
    }

    void onStart(@Observes StartupEvent event) {
        int sealed = sealPlainText();
        if (sealed > 0) {
            LOG.infof("Encrypted the credentials of %d load source(s) stored in plain text", sealed);
        }
    }

    /** The stored form of a credential (null stays null); 422 when there is no key to seal it with. */
    String seal(String secret) {
        if (secret == null) {
            return null;
        }
        if (seal == null) {
            throw ApiProblem.invalid("auth", "credentials cannot be stored: set " + PROPERTY
                    + " (LULL_LOAD_SOURCE_SECRET_KEY) to the output of `head -c 32 /dev/urandom | base64`");
        }
        return seal.seal(secret);
    }

    /** The credential of a stored form, for the request to Prometheus. */
    String open(String stored) {
        if (stored == null) {
            return null;
        }
        if (seal == null) {
            throw new IllegalStateException("a load source's credential is encrypted but " + PROPERTY + " is not set");
        }
        return seal.open(stored);
    }

    /** Seals, row by row, the credentials stored in plain text; returns how many rows this call sealed. */
    int sealPlainText() {
        try (Connection connection = dataSource.getConnection()) {
            if (seal == null) {
                refuseWithoutKey(connection);
                return 0;
            }
            List<Object[]> plain = new ArrayList<>();
            try (PreparedStatement select = connection.prepareStatement(PLAIN); ResultSet rs = select.executeQuery()) {
                while (rs.next()) {
                    plain.add(new Object[]{rs.getLong(1), rs.getString(2), rs.getString(3)});
                }
            }
            int sealed = 0;
            try (PreparedStatement update = connection.prepareStatement(SEAL)) {
                for (Object[] row : plain) {
                    update.setString(1, Optional.ofNullable((String) row[1]).map(seal::seal).orElse(null));
                    update.setString(2, Optional.ofNullable((String) row[2]).map(seal::seal).orElse(null));
                    update.setLong(3, (Long) row[0]);
                    sealed += update.executeUpdate();
                }
            }
            return sealed;
        } catch (SQLException e) {
            throw new IllegalStateException("encrypting the load sources' credentials stored in plain text failed", e);
        }
    }

    private static void refuseWithoutKey(Connection connection) throws SQLException {
        try (PreparedStatement count = connection.prepareStatement(ANY); ResultSet rs = count.executeQuery()) {
            rs.next();
            if (rs.getLong(1) > 0) {
                throw new IllegalStateException(rs.getLong(1) + " load source(s) have credentials but " + PROPERTY
                        + " (LULL_LOAD_SOURCE_SECRET_KEY) is not set: set it to the output of "
                        + "`head -c 32 /dev/urandom | base64` (credentials in plain text are encrypted at start)");
            }
        }
    }
}
