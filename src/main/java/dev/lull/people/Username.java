package dev.lull.people;

import static java.lang.annotation.ElementType.FIELD;
import static java.lang.annotation.ElementType.PARAMETER;
import static java.lang.annotation.ElementType.RECORD_COMPONENT;
import static java.lang.annotation.ElementType.TYPE_USE;
import static java.lang.annotation.RetentionPolicy.RUNTIME;

import java.lang.annotation.Retention;
import java.lang.annotation.Target;

import jakarta.validation.Constraint;
import jakarta.validation.Payload;
import jakarta.validation.ReportAsSingleViolation;
import jakarta.validation.constraints.Pattern;

/** A login name: 1–100 characters of letters, digits, '.', '_', '@' and '-'. */
@Pattern(regexp = "[A-Za-z0-9._@-]{1,100}")
@ReportAsSingleViolation
@Constraint(validatedBy = {})
@Target({FIELD, PARAMETER, RECORD_COMPONENT, TYPE_USE})
@Retention(RUNTIME)
public @interface Username {
    String message() default "must be 1-100 characters of letters, digits, '.', '_', '@' and '-'";

    Class<?>[] groups() default {};

    Class<? extends Payload>[] payload() default {};
}
