package dev.lull.platform;

import java.sql.SQLException;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import jakarta.enterprise.inject.spi.DeploymentException;
import jakarta.persistence.OptimisticLockException;
import jakarta.transaction.RollbackException;
import jakarta.validation.ConstraintViolationException;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;

import org.hibernate.StaleStateException;
import org.jboss.logging.Logger;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

import com.fasterxml.jackson.core.JsonParseException;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.exc.InvalidFormatException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;
import com.fasterxml.jackson.databind.exc.ValueInstantiationException;

import io.quarkus.security.AuthenticationFailedException;
import io.quarkus.security.ForbiddenException;
import io.quarkus.security.UnauthorizedException;
import io.vertx.ext.web.RoutingContext;

/** The one place that turns every failure into an RFC 9457 problem; never a stack trace. */
public class ProblemMappers {
    private static final Logger LOG = Logger.getLogger(ProblemMappers.class);
    static final String CHALLENGE = "Basic realm=\"Lull\", Bearer";

    @ServerExceptionMapper
    public Response apiProblem(ApiProblem problem) {
        return Problem.response(problem.status(), problem.getMessage(), problem.errors(),
                problem.extensions());
    }

    @ServerExceptionMapper
    public Response constraintViolation(ConstraintViolationException e) {
        List<FieldError> errors = e.getConstraintViolations().stream()
                .map(v -> new FieldError(ViolationPaths.field(v.getPropertyPath()), v.getMessage()))
                .sorted((a, b) -> a.field().compareTo(b.field()))
                .toList();
        return apiProblem(ApiProblem.invalid(errors));
    }

    @ServerExceptionMapper
    public Response unknownProperty(UnrecognizedPropertyException e) {
        String field = JsonPaths.of(e);
        return Problem.response(400, "unknown property '" + field + "'",
                List.of(new FieldError(field, "unknown property")), Map.of());
    }

    @ServerExceptionMapper({JsonProcessingException.class, JsonParseException.class, JsonMappingException.class,
            MismatchedInputException.class, InvalidFormatException.class, ValueInstantiationException.class})
    public Response unreadableJson(JsonProcessingException e) {
        ApiProblem inside = ApiProblem.within(e);
        return inside != null ? apiProblem(inside) : JsonPaths.problem(e);
    }

    @ServerExceptionMapper
    public Response webApplication(WebApplicationException e) {
        ApiProblem inside = ApiProblem.within(e);
        if (inside != null) {
            return apiProblem(inside);
        }
        Response original = e.getResponse();
        int status = original.getStatus();
        if (status >= 500) {
            LOG.error("Request failed", e);
            return Problem.response(status, "The request could not be completed.");
        }
        if (e.getCause() instanceof JsonProcessingException json) {
            return JsonPaths.problem(json);
        }
        if (status == 404 && e.getCause() != null) {
            return Problem.response(400, "A path or query parameter has the wrong format.");
        }
        return Problem.response(status, e.getMessage());
    }

    @ServerExceptionMapper({UnauthorizedException.class, AuthenticationFailedException.class})
    public Response unauthorized(RuntimeException e, RoutingContext request) {
        Optional<Response> signIn = FormSignIn.failed(request);
        if (signIn.isPresent()) {
            return signIn.get();
        }
        Response problem = Problem.response(401,
                "Authentication is required: HTTP Basic or a bearer JWT.");
        return Response.fromResponse(problem).header(HttpHeaders.WWW_AUTHENTICATE, CHALLENGE).build();
    }

    /** SmallRye JWT reads its verification key on the first bearer token; an unreadable key is not a 500. */
    @ServerExceptionMapper
    public Response unverifiableToken(DeploymentException e) {
        if (e.getMessage() == null || !e.getMessage().startsWith("SRJWT")) {
            return unexpected(e);
        }
        LOG.errorf("Bearer tokens cannot be verified (check mp.jwt.verify.publickey.location): %s", e.getMessage());
        Response problem = Problem.response(401, "This server cannot verify bearer tokens: its "
                + "verification key is unavailable. Use HTTP Basic, or ask the operator to fix the key.");
        return Response.fromResponse(problem).header(HttpHeaders.WWW_AUTHENTICATE, CHALLENGE).build();
    }

    @ServerExceptionMapper
    public Response forbidden(ForbiddenException e) {
        return Problem.response(403, "Your roles do not allow this operation.");
    }

    @ServerExceptionMapper({OptimisticLockException.class, StaleStateException.class})
    public Response concurrentUpdate(RuntimeException e) {
        return Problem.response(409, "The resource was modified concurrently; read it again and retry.");
    }

    @ServerExceptionMapper
    public Response unexpected(Exception e) {
        ApiProblem inside = ApiProblem.within(e);
        if (inside != null) {
            return apiProblem(inside);
        }
        if (UniqueViolations.isUniqueViolation(e)) {
            return Problem.response(409, "The resource already exists.");
        }
        if (poolExhausted(e)) {
            LOG.warnf("No database connection came free in time: %s", e.getMessage());
            return Problem.response(503, "The service is busy: no database connection came free in time, and "
                    + "nothing was done; retry.");
        }
        if (rolledBack(e)) {
            LOG.warn("A transaction was rolled back before it could commit (most often: it ran past its timeout)", e);
            return Problem.response(503, "The request ran longer than its transaction may last and nothing was "
                    + "stored; retry, with a smaller body if it was a large one.");
        }
        LOG.error("Unexpected failure", e);
        return Problem.response(500, "The request could not be completed.");
    }

    /** Agroal gave up waiting for a free connection ({@code quarkus.datasource.jdbc.acquisition-timeout}). */
    private static boolean poolExhausted(Throwable e) {
        for (Throwable cause = e; cause != null; cause = cause.getCause()) {
            if (cause instanceof SQLException && String.valueOf(cause.getMessage()).contains("acquisition timeout")) {
                return true;
            }
        }
        return false;
    }

    /** A transaction the manager had already aborted (the reaper cancels one past its timeout) failed to commit. */
    private static boolean rolledBack(Throwable e) {
        for (Throwable cause = e; cause != null; cause = cause.getCause()) {
            if (cause instanceof RollbackException) {
                return true;
            }
        }
        return false;
    }
}
