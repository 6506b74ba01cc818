package dev.lull.proposal;

/**
 * One local hour of week's kernel for {@link ReplayKernels}: the values of its own hour, its neighbouring hours and its
 * similar days, sorted by value, each with a tag of its age and kind ({@code age + kind × }{@value #KIND}). Each hour's
 * own values come sorted. An hour's own values and its similar days' are the values of that hour of the day on every
 * day of its kind (weekdays, or the weekend): those are merged once per hour of the day and kind of day, and each
 * kernel merges that group with its two neighbouring hours, rather than sorting or merging them all again per hour.
 */
record SortedKernel(double[] values, short[] tags) {
    static final int OWN = 0;
    static final int NEIGHBOUR = 1;
    static final int SIMILAR_DAY = 2;
    /** Tags hold age + kind × this. */
    static final int KIND = 256;
    /** The kinds of day whose days are each other's similar days: weekdays, the weekend. */
    private static final int[][] KINDS_OF_DAY = {{0, 1, 2, 3, 4}, {5, 6}};

    /** The kernel of every hour of week, from each hour of week's values and ages, both sorted by value. */
    static SortedKernel[] all(double[][] own, double[][] ownAges) {
        SortedKernel[] kernels = new SortedKernel[HourOfWeek.COUNT];
        for (int hour = 0; hour < 24; hour++) {
            for (int[] days : KINDS_OF_DAY) {
                DayGroup group = DayGroup.of(own, ownAges, hour, days);
                for (int day : days) {
                    kernels[day * 24 + hour] = of(group, day, own, ownAges, day * 24 + hour);
                }
            }
        }
        return kernels;
    }

    /**
     * The kernel of hour of week {@code index} on {@code day}: its day group (its own values and its similar days'),
     * then the hour before and the hour after it, merged by value; equal values keep that order.
     */
    private static SortedKernel of(DayGroup group, int day, double[][] own, double[][] ownAges, int index) {
        double[] before = own[Math.floorMod(index - 1, HourOfWeek.COUNT)];
        double[] beforeAges = ownAges[Math.floorMod(index - 1, HourOfWeek.COUNT)];
        double[] after = own[(index + 1) % HourOfWeek.COUNT];
        double[] afterAges = ownAges[(index + 1) % HourOfWeek.COUNT];
        int size = group.values.length + before.length + after.length;
        double[] values = new double[size];
        short[] tags = new short[size];
        int g = 0;
        int b = 0;
        int a = 0;
        for (int out = 0; out < size; out++) {
            double fromGroup = g < group.values.length ? group.values[g] : Double.POSITIVE_INFINITY;
            double fromBefore = b < before.length ? before[b] : Double.POSITIVE_INFINITY;
            double fromAfter = a < after.length ? after[a] : Double.POSITIVE_INFINITY;
            if (g < group.values.length && fromGroup <= fromBefore && fromGroup <= fromAfter) {
                values[out] = fromGroup;
                tags[out] = (short) (group.ages[g] + (group.days[g] == day ? OWN : SIMILAR_DAY) * KIND);
                g++;
            } else if (b < before.length && fromBefore <= fromAfter) {
                values[out] = fromBefore;
                tags[out] = (short) (beforeAges[b++] + NEIGHBOUR * KIND);
            } else {
                values[out] = fromAfter;
                tags[out] = (short) (afterAges[a++] + NEIGHBOUR * KIND);
            }
        }
        return new SortedKernel(values, tags);
    }

    /** One hour of the day's values on each day of a kind, sorted by value, each with its age and day. */
    private record DayGroup(double[] values, double[] ages, byte[] days) {
        /** Merges the days' values in day order; equal values keep the earlier day's first. */
        static DayGroup of(double[][] own, double[][] ownAges, int hour, int[] days) {
            int size = 0;
            for (int day : days) {
                size += own[day * 24 + hour].length;
            }
            DayGroup group = new DayGroup(new double[size], new double[size], new byte[size]);
            int merged = 0;
            for (int day : days) {
                merged = group.merge(merged, own[day * 24 + hour], ownAges[day * 24 + hour], day);
            }
            return group;
        }

        /** Merges one day's sorted values into the first {@code merged}, in place from the back; the count now. */
        private int merge(int merged, double[] source, double[] sourceAges, int day) {
            int mine = merged - 1;
            int theirs = source.length - 1;
            for (int out = merged + source.length - 1; theirs >= 0; out--) {
                if (mine >= 0 && values[mine] > source[theirs]) {
                    values[out] = values[mine];
                    ages[out] = ages[mine];
                    days[out] = days[mine--];
                } else {
                    values[out] = source[theirs];
                    ages[out] = sourceAges[theirs--];
                    days[out] = (byte) day;
                }
            }
            return merged + source.length;
        }
    }
}
