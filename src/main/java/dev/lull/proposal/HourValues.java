package dev.lull.proposal;

import dev.lull.platform.Bytes;

/** Hourly values (NaN for unknown), held as floats when every one of them is exactly a float, else as doubles. */
final class HourValues {
    private final float[] narrow;
    private final double[] wide;

    private HourValues(float[] narrow, double[] wide) {
        this.narrow = narrow;
        this.wide = wide;
    }

    static HourValues of(double[] values) {
        float[] narrow = new float[values.length];
        for (int i = 0; i < values.length; i++) {
            narrow[i] = (float) values[i];
            if (narrow[i] != values[i] && !Double.isNaN(values[i])) {
                return new HourValues(null, values);
            }
        }
        return new HourValues(narrow, null);
    }

    double get(int index) {
        return narrow != null ? narrow[index] : wide[index];
    }

    int length() {
        return narrow != null ? narrow.length : wide.length;
    }

    /** Estimated retained bytes. */
    long bytes() {
        return Bytes.object(2, 0) + (narrow != null ? Bytes.floats(narrow.length) : Bytes.doubles(wide.length));
    }
}
