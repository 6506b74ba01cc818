package dev.lull.platform;

import java.net.URI;

import org.jboss.resteasy.reactive.RestResponse;

/**
 * A view together with the row version its ETag is made from. Its responses are typed ({@code RestResponse<T>}) so
 * the OpenAPI document shows the body's schema.
 */
public record Versioned<T>(T body, long version) {
    /** 200 with the body and its ETag. */
    public RestResponse<T> ok() {
        return RestResponse.ResponseBuilder.ok(body).tag(ETags.of(version)).build();
    }

    /** A {@code PUT}'s answer: 201 when it {@code created} the resource, else 200; with the body and its ETag. */
    public RestResponse<T> stored(boolean created) {
        return RestResponse.ResponseBuilder.ok(body).status(created ? 201 : 200).tag(ETags.of(version)).build();
    }

    /** 201 with the body, its ETag and {@code location}. */
    public RestResponse<T> created(URI location) {
        return RestResponse.ResponseBuilder.<T>created(location).tag(ETags.of(version)).entity(body).build();
    }
}
