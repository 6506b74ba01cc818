package dev.lull.platform;

import java.net.URI;

import jakarta.ws.rs.core.Response;

/** A view together with the row version its ETag is made from. */
public record Versioned<T>(T body, long version) {
    /** 200 with the body and its ETag. */
    public Response ok() {
        return Response.ok(body).tag(ETags.of(version)).build();
    }

    /** 201 with the body, its ETag and {@code location}. */
    public Response created(URI location) {
        return Response.created(location).tag(ETags.of(version)).entity(body).build();
    }
}
