package dev.lull.loadsource;

import static dev.lull.Api.as;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.hamcrest.Matchers.equalTo;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.Map;

import javax.sql.DataSource;

import jakarta.inject.Inject;

import org.junit.jupiter.api.DisplayNameGeneration;
import org.junit.jupiter.api.DisplayNameGenerator;
import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;

import dev.lull.Api;

/** Without lull.load-source.secret-key, credentials are refused and stored ones stop the start. */
@QuarkusTest
@TestProfile(SourceCredentialsWithoutKeyTest.NoKey.class)
@DisplayNameGeneration(DisplayNameGenerator.ReplaceUnderscores.class)
class SourceCredentialsWithoutKeyTest {
    @Inject
    DataSource dataSource;

    @Inject
    SourceCredentials credentials;

    @Test
    void a_source_with_credentials_is_refused_naming_auth_and_stored_credentials_are_reported_at_start()
            throws SQLException {
        String host = Api.host("nokey", null);
        as("admin").body(SourceCredentialsTest.body(Map.of("bearerToken", "t0ken")))
                .put(SourceCredentialsTest.HOST_PATH, host).then().statusCode(400)
                .body("errors[0].field", equalTo("auth"));
        as("admin").body(SourceCredentialsTest.body(null)).put(SourceCredentialsTest.HOST_PATH, host).then()
                .statusCode(201);
        try (Connection connection = dataSource.getConnection();
                PreparedStatement update = connection.prepareStatement("update load_source set bearer_token = 't0ken' "
                        + "where scope_kind = 'host' and scope_name = ?")) {
            update.setString(1, host);
            update.executeUpdate();
        }

        assertThatThrownBy(credentials::sealPlainText)
                .hasMessageContaining("lull.load-source.secret-key (LULL_LOAD_SOURCE_SECRET_KEY) is not set");
    }

    /** The profile without a key. */
    public static class NoKey implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of("lull.load-source.secret-key", "");
        }
    }
}
