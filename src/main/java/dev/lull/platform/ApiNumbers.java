package dev.lull.platform;

import java.io.IOException;
import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.time.Duration;
import java.util.function.DoubleUnaryOperator;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.SerializerProvider;
import com.fasterxml.jackson.databind.ser.std.StdSerializer;

/**
 * The one place where numbers are rounded for the API: messages to 0.1, ratios to 4 significant digits,
 * availabilities to 6 decimals, durations to whole seconds. Views mark their fields with the serializers below
 * ({@code @JsonSerialize(using = ApiNumbers.Messages.class)}); durations are rounded for every field by
 * {@link WholeSeconds}. Engines keep full precision.
 */
public final class ApiNumbers {
    private static final MathContext FOUR_DIGITS = new MathContext(4, RoundingMode.HALF_UP);

    private ApiNumbers() {
    }

    /** A count or rate of messages to one decimal. */
    public static double messages(double value) {
        return scaled(value, 1);
    }

    /** A ratio (utilization, regret, peak ratio) to four significant digits. */
    public static double ratio(double value) {
        return Double.isFinite(value) ? new BigDecimal(value).round(FOUR_DIGITS).doubleValue() : value;
    }

    /** An availability (a share of time, 0 to 1) to six decimals. */
    public static double availability(double value) {
        return scaled(value, 6);
    }

    /** A duration to the nearest whole second, halves away from zero. */
    public static Duration seconds(Duration value) {
        long millis = value.toMillis();
        long seconds = Math.floorDiv(Math.abs(millis) + 500, 1000) * Long.signum(millis);
        return Duration.ofSeconds(seconds);
    }

    private static double scaled(double value, int decimals) {
        return Double.isFinite(value)
                ? new BigDecimal(value).setScale(decimals, RoundingMode.HALF_UP).doubleValue()
                : value;
    }

    /** Writes messages to 0.1. */
    public static final class Messages extends Rounded {
        public Messages() {
            super(ApiNumbers::messages);
        }
    }

    /** Writes a ratio to 4 significant digits. */
    public static final class Ratio extends Rounded {
        public Ratio() {
            super(ApiNumbers::ratio);
        }
    }

    /** Writes an availability to 6 decimals. */
    public static final class Availability extends Rounded {
        public Availability() {
            super(ApiNumbers::availability);
        }
    }

    /** A number serializer applying one of the roundings above. */
    abstract static class Rounded extends StdSerializer<Number> {
        private final transient DoubleUnaryOperator rounding;

        Rounded(DoubleUnaryOperator rounding) {
            super(Number.class);
            this.rounding = rounding;
        }

        @Override
        public void serialize(Number value, JsonGenerator generator, SerializerProvider provider) throws IOException {
            generator.writeNumber(rounding.applyAsDouble(value.doubleValue()));
        }
    }
}
