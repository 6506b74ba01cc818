package dev.lull.proposal;

/** How much load typically swings within one local day: the median over days of (max − min) ÷ max. */
final class DailyCycle {
    private static final int MIN_HOURS_PER_DAY = 12;

    private DailyCycle() {
    }

    /** The typical within-day swing of the hours from {@code firstHour} on, 0 when no day has enough hours. */
    static double typicalSwing(LoadSeries history, int firstHour) {
        WeightedSample swings = new WeightedSample();
        long day = Long.MIN_VALUE;
        int known = 0;
        double max = 0;
        double min = 0;
        for (int i = firstHour; i < history.hours(); i++) {
            double value = history.messagesInHour(i);
            if (Double.isNaN(value)) {
                continue;
            }
            long local = Math.floorDiv(history.localHour(i), 24);
            if (local != day) {
                addSwing(swings, known, max, min);
                day = local;
                known = 0;
                max = value;
                min = value;
            }
            known++;
            max = Math.max(max, value);
            min = Math.min(min, value);
        }
        addSwing(swings, known, max, min);
        return swings.isEmpty() ? 0 : swings.quantile(0.5);
    }

    private static void addSwing(WeightedSample swings, int known, double max, double min) {
        if (known >= MIN_HOURS_PER_DAY) {
            swings.add(max > 0 ? (max - min) / max : 0, 1);
        }
    }
}
