package dev.lull.platform;

import java.net.URI;

import jakarta.ws.rs.core.Response;

/** A view together with the row version its ETag is made from. */
public record Versioned<T>(T body, long version) {
    /** 200 with the body and its ETag. */
    public Response ok() {
        return Response.ok(body).tag(ETags.of(version)).build();
    }

    /** A {@code PUT}'s answer: 201 when it {@code created} the resource, else 200; with the body and its ETag. */
    public Response stored(boolean created) {
        return Response.status(created ? 201 : 200).tag(ETags.of(version)).entity(body).build();
    }

    /** 201 with the body, its ETag and {@code location}. */
    public Response created(URI location) {
        return Response.created(location).tag(ETags.of(version)).entity(body).build();
    }
}
