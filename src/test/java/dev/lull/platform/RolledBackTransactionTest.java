package dev.lull.platform;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.SQLException;
import java.util.Map;

import jakarta.transaction.RollbackException;
import jakarta.ws.rs.core.Response;

import org.hibernate.exception.GenericJDBCException;
import org.junit.jupiter.api.DisplayNameGeneration;
import org.junit.jupiter.api.DisplayNameGenerator.ReplaceUnderscores;
import org.junit.jupiter.api.Test;

import io.quarkus.arc.ArcUndeclaredThrowableException;

/**
 * A transaction the reaper aborted (an ingest past its timeout), or a request that found no free connection in time,
 * is answered as retryable (503, Retry-After), not as a 500.
 */
@DisplayNameGeneration(ReplaceUnderscores.class)
class RolledBackTransactionTest {
    private final ProblemMappers mappers = new ProblemMappers();

    @Test
    void a_transaction_rolled_back_by_its_timeout_is_a_503_saying_nothing_was_stored() {
        Response response = mappers.unexpected(new ArcUndeclaredThrowableException("Error invoking subclass method",
                new RollbackException("ARJUNA016102: The transaction is not active!")));

        assertThat(response.getStatus()).isEqualTo(503);
        assertThat(response.getMediaType()).hasToString("application/problem+json");
        Map<?, ?> body = (Map<?, ?>) response.getEntity();
        assertThat(body.get("status")).isEqualTo(503);
        assertThat(body.get("detail").toString()).contains("nothing was stored").doesNotContain("ARJUNA");
        assertThat(response.getHeaderString("Retry-After")).isEqualTo("5");
    }

    @Test
    void no_free_connection_in_time_is_a_503_to_retry_not_a_500() {
        Response response = mappers.unexpected(new GenericJDBCException("Unable to acquire JDBC Connection",
                new SQLException("Sorry, acquisition timeout!")));

        assertThat(response.getStatus()).isEqualTo(503);
        assertThat(response.getHeaderString("Retry-After")).isEqualTo("5");
        assertThat(((Map<?, ?>) response.getEntity()).get("detail").toString())
                .isEqualTo("The service is busy: no database connection came free in time, and nothing was done; "
                        + "retry.");
    }

    @Test
    void any_other_failure_stays_a_500_without_internals() {
        Response response = mappers.unexpected(new IllegalStateException("boom"));

        assertThat(response.getStatus()).isEqualTo(500);
        assertThat(((Map<?, ?>) response.getEntity()).get("detail").toString()).doesNotContain("boom");
    }
}
