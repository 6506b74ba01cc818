package dev.lull.proposal;

/**
 * One local hour of week's kernel for {@link ReplayKernels}: the values of its own hour, its neighbouring hours and its
 * similar days, sorted by value, each with a tag of its age and kind ({@code age + kind × }{@value #KIND}). Each hour's
 * own values come sorted, so the kernel is merged from them rather than sorted again.
 */
record SortedKernel(double[] values, short[] tags) {
    static final int OWN = 0;
    static final int NEIGHBOUR = 1;
    static final int SIMILAR_DAY = 2;
    /** Tags hold age + kind × this. */
    static final int KIND = 256;

    /** The kernel of {@code target} from each hour of week's values and ages, both sorted by value. */
    static SortedKernel of(double[][] own, double[][] ownAges, HourOfWeek target) {
        SortedKernel merged = new SortedKernel(new double[0], new short[0]);
        merged = merged.merge(own[target.index()], ownAges[target.index()], OWN);
        merged = merged.merge(own[target.plus(-1).index()], ownAges[target.plus(-1).index()], NEIGHBOUR);
        merged = merged.merge(own[target.plus(1).index()], ownAges[target.plus(1).index()], NEIGHBOUR);
        for (int day = 0; day < 7; day++) {
            HourOfWeek other = new HourOfWeek(day * 24 + target.hour());
            if (other.index() != target.index() && other.weekend() == target.weekend()) {
                merged = merged.merge(own[other.index()], ownAges[other.index()], SIMILAR_DAY);
            }
        }
        return merged;
    }

    /** This kernel and one source's sorted values, tagged with their ages and {@code kind}, merged by value. */
    private SortedKernel merge(double[] source, double[] ages, int kind) {
        double[] mergedValues = new double[values.length + source.length];
        short[] mergedTags = new short[mergedValues.length];
        int mine = 0;
        int theirs = 0;
        for (int out = 0; out < mergedValues.length; out++) {
            if (theirs == source.length || mine < values.length && values[mine] <= source[theirs]) {
                mergedValues[out] = values[mine];
                mergedTags[out] = tags[mine++];
            } else {
                mergedValues[out] = source[theirs];
                mergedTags[out] = (short) (ages[theirs++] + kind * KIND);
            }
        }
        return new SortedKernel(mergedValues, mergedTags);
    }
}
