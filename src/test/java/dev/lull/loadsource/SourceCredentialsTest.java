package dev.lull.loadsource;

import static dev.lull.Api.as;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.not;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.HashMap;
import java.util.Map;

import javax.sql.DataSource;

import jakarta.inject.Inject;

import org.junit.jupiter.api.DisplayNameGeneration;
import org.junit.jupiter.api.DisplayNameGenerator;
import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;

import dev.lull.Api;

/** Load sources' credentials are encrypted at rest and opened only for the calls to Prometheus. */
@QuarkusTest
@DisplayNameGeneration(DisplayNameGenerator.ReplaceUnderscores.class)
class SourceCredentialsTest {
    static final String HOST_PATH = "/api/v1/hosts/{name}/load-source";

    @Inject
    DataSource dataSource;

    @Inject
    SourceCredentials credentials;

    static Map<String, Object> body(Map<String, Object> auth) {
        Map<String, Object> body = new HashMap<>(Map.of("type", "prometheus", "url", "http://prometheus:9090",
                "query", "lull_messages{instance=\"{host}\"}"));
        body.put("auth", auth);
        return body;
    }

    @Test
    void a_bearer_token_and_a_basic_password_are_stored_sealed_and_never_shown() throws SQLException {
        String host = Api.host("cred", null);
        as("admin").body(body(Map.of("bearerToken", "s3cret-token"))).put(HOST_PATH, host).then().statusCode(201)
                .body("auth", equalTo("bearer")).body(not(containsString("s3cret")));

        String[] stored = stored(host);
        assertThat(stored[0]).startsWith("v1:").doesNotContain("s3cret");
        assertThat(credentials.open(stored[0])).isEqualTo("s3cret-token");
        assertThat(stored[2]).isEqualTo("t");

        String etag = as("admin").get(HOST_PATH, host).then().statusCode(200).body(not(containsString("s3cret")))
                .extract().header("ETag");
        as("admin").header("If-Match", etag).body(body(Map.of("basic", Map.of("username", "u", "password", "pw-9"))))
                .put(HOST_PATH, host).then().statusCode(200).body("auth", equalTo("basic"));
        stored = stored(host);
        assertThat(stored[0]).isNull();
        assertThat(stored[1]).startsWith("v1:").doesNotContain("pw-9");
        assertThat(credentials.open(stored[1])).isEqualTo("pw-9");
    }

    @Test
    void credentials_stored_in_plain_text_before_are_sealed_once() throws SQLException {
        String host = Api.host("plain", null);
        as("admin").body(body(Map.of("bearerToken", "old-token"))).put(HOST_PATH, host).then().statusCode(201);
        update("update load_source set bearer_token = 'old-token', credentials_sealed = false "
                + "where scope_kind = 'host' and scope_name = ?", host);

        assertThat(credentials.sealPlainText()).isPositive();
        assertThat(credentials.sealPlainText()).isZero();

        String[] stored = stored(host);
        assertThat(stored[0]).startsWith("v1:");
        assertThat(credentials.open(stored[0])).isEqualTo("old-token");
        assertThat(stored[2]).isEqualTo("t");
    }

    /** The host source's bearer_token, basic_password and credentials_sealed ("t" or "f"). */
    private String[] stored(String host) throws SQLException {
        try (Connection connection = dataSource.getConnection();
                PreparedStatement query = connection.prepareStatement("select bearer_token, basic_password, "
                        + "case when credentials_sealed then 't' else 'f' end from load_source "
                        + "where scope_kind = 'host' and scope_name = ?")) {
            query.setString(1, host);
            try (ResultSet rs = query.executeQuery()) {
                assertThat(rs.next()).isTrue();
                return new String[]{rs.getString(1), rs.getString(2), rs.getString(3)};
            }
        }
    }

    private void update(String sql, String host) throws SQLException {
        try (Connection connection = dataSource.getConnection();
                PreparedStatement update = connection.prepareStatement(sql)) {
            update.setString(1, host);
            assertThat(update.executeUpdate()).isEqualTo(1);
        }
    }
}
