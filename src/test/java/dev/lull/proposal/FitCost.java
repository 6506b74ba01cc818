package dev.lull.proposal;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.Locale;

/**
 * What one {@code engine.fit} costs on the appserver series, as {@code ProposalDesk} calls it: 26 weeks of hourly
 * history (no raw samples), the fit at its end. Plain Java, no assertion: {@code bench/fit-cost [DATA_DIR [FITS]]}.
 * Prints the median and the 10th/90th percentiles of the wall time per fit after a warm-up, over fits at successive
 * hours (so that no fit is the same as the one before), and the bytes allocated per fit.
 */
public final class FitCost {
    private FitCost() {
    }

    public static void main(String[] args) throws IOException {
        Path data = Path.of(args.length > 0 ? args[0] : "../shared/data");
        int fits = args.length > 1 ? Integer.parseInt(args[1]) : 300;
        LoadSeries all = EvalSeries.read(data.resolve("appserver/traffic_stats_HOURLY_CHs.csv")).toLoadSeries();
        ProposalEngine engine = new ProposalEngine();
        Instant firstEnd = all.start().plus(Duration.ofDays(7L * 200));
        long sink = 0;
        for (int i = 0; i < fits; i++) {
            sink += run(engine, all, firstEnd.plus(Duration.ofHours(i))) > 0 ? 1 : 0;
        }
        double[] millis = new double[fits];
        com.sun.management.ThreadMXBean threads = (com.sun.management.ThreadMXBean) ManagementFactory.getThreadMXBean();
        long allocatedBefore = threads.getCurrentThreadAllocatedBytes();
        for (int i = 0; i < fits; i++) {
            long start = System.nanoTime();
            sink += run(engine, all, firstEnd.plus(Duration.ofHours(fits + i))) > 0 ? 1 : 0;
            millis[i] = (System.nanoTime() - start) / 1e6;
        }
        long allocated = (threads.getCurrentThreadAllocatedBytes() - allocatedBefore) / fits;
        Arrays.sort(millis);
        System.out.printf(Locale.ROOT, "engine.fit, appserver, 26 weeks of hourly history: median %.2f ms, p10 %.2f ms,"
                + " p90 %.2f ms over %d fits (%d); %,d bytes allocated per fit, the history's slice included%n",
                millis[fits / 2],
                millis[fits / 10], millis[fits * 9 / 10], fits, sink, allocated);
    }

    private static double run(ProposalEngine engine, LoadSeries all, Instant end) {
        LoadSeries history = slice(all, end.minus(Duration.ofDays(7L * 26)), end);
        return engine.fit(history, end).calibration().factor(Duration.ofHours(2));
    }

    private static LoadSeries slice(LoadSeries all, Instant from, Instant to) {
        int first = (int) Duration.between(all.start(), from).toHours();
        double[] hours = new double[(int) Duration.between(from, to).toHours()];
        for (int i = 0; i < hours.length; i++) {
            hours[i] = all.messagesInHour(first + i);
        }
        return LoadSeries.hourly(all.zone(), from, hours);
    }
}
