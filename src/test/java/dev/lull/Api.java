package dev.lull;

import static io.restassured.RestAssured.given;

import java.util.concurrent.atomic.AtomicInteger;

import io.restassured.http.ContentType;
import io.restassured.specification.RequestSpecification;

/** Request helpers for API tests: a demo user's credentials and unique resource names. */
public final class Api {
    private static final AtomicInteger COUNTER = new AtomicInteger();
    private static final String RUN = Long.toString(System.nanoTime() % 100_000, 36);

    private Api() {
    }

    /** A JSON request authenticated as the demo user of that name (password {@code lull}). */
    public static RequestSpecification as(String user) {
        return given().auth().preemptive().basic(user, "lull").contentType(ContentType.JSON)
                .log().ifValidationFails();
    }

    /** A name no other test uses, so tests never depend on each other's data. */
    public static String unique(String prefix) {
        return prefix + "-" + RUN + "-" + COUNTER.incrementAndGet();
    }
}
