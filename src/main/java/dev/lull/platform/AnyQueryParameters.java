package dev.lull.platform;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Marks a resource method that ignores query parameters it does not declare, for clients Lull does not write (a
 * calendar client adding a cache-busting parameter to a feed's address); every other method refuses them.
 */
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.METHOD)
public @interface AnyQueryParameters {
}
