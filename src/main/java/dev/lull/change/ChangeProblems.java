package dev.lull.change;

import java.util.List;
import java.util.Map;

import jakarta.ws.rs.core.Response;

import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

import dev.lull.platform.Problem;

/** Renders the change workflow's refusals as problems: illegal transitions and misfits 409, refusals 403. */
public class ChangeProblems {

    @ServerExceptionMapper
    public Response illegalTransition(IllegalTransition e) {
        return Problem.response(409, "Illegal transition", e.getMessage(), List.of(),
                Map.of("changeStatus", e.status(), "allowedActions", e.allowed()));
    }

    @ServerExceptionMapper
    public Response notPermitted(NotPermitted e) {
        return Problem.response(403, "Forbidden", e.getMessage(), List.of(), Map.of("reason", e.reason()));
    }

    @ServerExceptionMapper
    public Response notApplicable(NotApplicable e) {
        return Problem.response(409, "Conflict", e.getMessage());
    }
}
