package dev.lull.proposal;

/**
 * One local hour of week's kernel for {@link ReplayKernels}: the values of its own hour, its neighbouring hours and its
 * similar days, sorted by value, each with a tag of its age and kind ({@code age + kind × }{@value #KIND}). Each hour's
 * own values come sorted, so the kernel is merged from them, in place, rather than sorted again.
 */
record SortedKernel(double[] values, short[] tags) {
    static final int OWN = 0;
    static final int NEIGHBOUR = 1;
    static final int SIMILAR_DAY = 2;
    /** Tags hold age + kind × this. */
    static final int KIND = 256;

    /**
     * The kernel of {@code target} from each hour of week's values and ages, both sorted by value: its own hour's, the
     * hours before and after it, then its similar days', merged in that order.
     */
    static SortedKernel of(double[][] own, double[][] ownAges, HourOfWeek target) {
        int[] sources = new int[9];
        int count = 0;
        sources[count++] = target.index();
        sources[count++] = target.plus(-1).index();
        sources[count++] = target.plus(1).index();
        for (int day = 0; day < 7; day++) {
            HourOfWeek other = new HourOfWeek(day * 24 + target.hour());
            if (other.index() != target.index() && other.weekend() == target.weekend()) {
                sources[count++] = other.index();
            }
        }
        int size = 0;
        for (int s = 0; s < count; s++) {
            size += own[sources[s]].length;
        }
        SortedKernel kernel = new SortedKernel(new double[size], new short[size]);
        int merged = 0;
        for (int s = 0; s < count; s++) {
            int kind = s == 0 ? OWN : s < 3 ? NEIGHBOUR : SIMILAR_DAY;
            merged = kernel.merge(merged, own[sources[s]], ownAges[sources[s]], kind);
        }
        return kernel;
    }

    /**
     * Merges one source's sorted values, tagged with their ages and {@code kind}, into the first {@code merged} values,
     * in place from the back; equal values keep the earlier sources' first. The number of values merged now.
     */
    private int merge(int merged, double[] source, double[] ages, int kind) {
        int mine = merged - 1;
        int theirs = source.length - 1;
        for (int out = merged + source.length - 1; theirs >= 0; out--) {
            if (mine >= 0 && values[mine] > source[theirs]) {
                values[out] = values[mine];
                tags[out] = tags[mine--];
            } else {
                values[out] = source[theirs];
                tags[out] = (short) (ages[theirs--] + kind * KIND);
            }
        }
        return merged + source.length;
    }
}
