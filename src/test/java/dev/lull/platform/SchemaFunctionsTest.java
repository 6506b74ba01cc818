package dev.lull.platform;

import static dev.lull.Api.as;
import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import javax.sql.DataSource;

import jakarta.inject.Inject;

import org.junit.jupiter.api.DisplayNameGeneration;
import org.junit.jupiter.api.DisplayNameGenerator.ReplaceUnderscores;
import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;

import dev.lull.Api;

/** The schema's functions work whatever the caller's search_path: a host deleted from psql cleans up its own schema. */
@QuarkusTest
@DisplayNameGeneration(ReplaceUnderscores.class)
class SchemaFunctionsTest {
    @Inject
    DataSource dataSource;

    @Test
    void every_function_of_the_schema_keeps_its_own_search_path() throws SQLException {
        List<String> unpinned = new ArrayList<>();
        try (Connection connection = dataSource.getConnection();
                Statement statement = connection.createStatement();
                ResultSet rs = statement.executeQuery("select p.proname from pg_proc p join pg_namespace n "
                        + "on n.oid = p.pronamespace where n.nspname = current_schema() and not exists "
                        + "(select 1 from unnest(p.proconfig) c where c like 'search_path=%') order by 1")) {
            while (rs.next()) {
                unpinned.add(rs.getString(1));
            }
        }
        assertThat(unpinned).as("functions that would use the caller's search_path").isEmpty();
    }

    @Test
    void a_host_deleted_outside_the_schema_takes_its_owning_team_along() throws SQLException {
        String host = Api.host("sf", null);
        String team = Api.role("sf");
        as("manager").body(Map.of("role", team)).put("/api/v1/hosts/{name}/owner", host).then().statusCode(201);
        try (Connection connection = dataSource.getConnection()) {
            String schema = connection.getSchema();
            try (Statement statement = connection.createStatement()) {
                statement.execute("set search_path to public");
            }
            try (PreparedStatement delete = connection
                    .prepareStatement("delete from \"" + schema + "\".host where name = ?")) {
                delete.setString(1, host);
                assertThat(delete.executeUpdate()).isEqualTo(1);
            } finally {
                try (Statement statement = connection.createStatement()) {
                    statement.execute("set search_path to \"" + schema + "\"");
                }
            }
        }
        as("admin").contentType("application/json").body(Map.of("name", host, "timeZone", "UTC"))
                .post("/api/v1/hosts").then().statusCode(201);
        as("viewer").get("/api/v1/hosts/{name}/owner", host).then().statusCode(404);
    }
}
