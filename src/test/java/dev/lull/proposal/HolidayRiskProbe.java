package dev.lull.proposal;

import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import dev.lull.holiday.EvalHolidays;

/**
 * How well the appserver's holidays are forecast (an analysis main; {@link #measure} also serves a test): for each
 * Zürich holiday of the series from its third week, fitted on the history before the day, the error of the day's total
 * forecast from the host's own past holidays (when it has ≥ 3), as its Sunday, and as its plain hour of week; and
 * whether the real total of each of the day's twelve 2-hour windows (proposed with holidays not avoided) is at or under
 * their stated p90Messages. Argument: [v: one line per holiday].
 */
final class HolidayRiskProbe {
    /** The holidays forecast one way (own profile or Sunday): their errors and their windows against the p90. */
    record Kind(List<double[]> errors, List<Double> widths, int covered, int windows) {
        double coverage() {
            return covered / (double) windows;
        }
    }

    public static void main(String[] args) throws Exception {
        EvalSeries series = EvalSeries.read(Path.of("../shared/data/appserver/traffic_stats_HOURLY_CHs.csv"));
        List<Kind> kinds = measure(series, args.length > 0);
        print("own profile (>= 3 past holidays)", kinds.get(0));
        print("Sunday (< 3 past holidays)", kinds.get(1));
    }

    /** The holidays forecast from the host's own past holidays, then those forecast as its Sunday. */
    static List<Kind> measure(EvalSeries series, boolean verbose) {
        LoadSeries history = series.toLoadSeries();
        Set<LocalDate> holidays = EvalHolidays.zurich(series.start().toLocalDate(),
                series.weekStart(series.weeks()).toLocalDate());
        ProposalEngine engine = new ProposalEngine();
        List<List<double[]>> errors = List.of(new ArrayList<>(), new ArrayList<>());
        List<List<Double>> widths = List.of(new ArrayList<>(), new ArrayList<>());
        int[] covered = new int[2];
        int[] windows = new int[2];
        for (LocalDate day : holidays) {
            double[] actual = actual(series, day);
            if (day.isBefore(series.start().toLocalDate().plusDays(14)) || actual == null) {
                continue;
            }
            Instant from = day.atStartOfDay(series.zone()).toInstant();
            Fitted fitted = engine.fit(history, from);
            LoadForecast forecast = fitted.forecast();
            if (forecast == null || Forecaster.FLAT_MODEL.equals(forecast.model())) {
                continue;
            }
            HolidayProfile profile = fitted.holidayProfile(holidays);
            int kind = profile.own() ? 0 : 1;
            double[] error = errors(actual, profile, forecast, (day.getDayOfWeek().getValue() - 1) * 24);
            errors.get(kind).add(error);
            ProposalRequest request = new ProposalRequest(from, day.plusDays(1).atStartOfDay(series.zone())
                    .toInstant(), Duration.ofHours(2), Duration.ofHours(1), 12);
            for (Candidate c : engine.propose(fitted, request, List.of(), holidays).candidates()) {
                int offset = (int) Duration.between(day.atStartOfDay(), series.gridTime(c.start())).toHours();
                windows[kind]++;
                covered[kind] += actual[offset] + actual[offset + 1] <= c.p90Messages() ? 1 : 0;
                widths.get(kind).add(c.p90Messages() / c.expectedMessages());
            }
            if (verbose) {
                System.out.printf(Locale.ROOT, "%s %s past %d: log(real/forecast) engine %+.3f sunday %+.3f "
                        + "plain %+.3f%n", day, day.getDayOfWeek().toString().substring(0, 3), profile.pastHolidays(),
                        error[0], error[1], error[2]);
            }
        }
        return List.of(new Kind(errors.get(0), widths.get(0), covered[0], windows[0]),
                new Kind(errors.get(1), widths.get(1), covered[1], windows[1]));
    }

    /** log(real ÷ forecast) of the day's total: as the engine forecasts it, as a Sunday, as its plain hour of week. */
    private static double[] errors(double[] actual, HolidayProfile profile, LoadForecast forecast, int weekday) {
        double sunday = 0;
        double plain = 0;
        for (int h = 0; h < 24; h++) {
            sunday += forecast.expectedAt(6 * 24 + h);
            plain += forecast.expectedAt(weekday + h);
        }
        double real = Arrays.stream(actual).sum();
        return new double[]{Math.log(real / Arrays.stream(profile.expected()).sum()), Math.log(real / sunday),
                Math.log(real / plain)};
    }

    private static void print(String label, Kind kind) {
        System.out.printf(Locale.ROOT, "%s: %d holidays; median |log(real/forecast)| of the day's total: engine %.3f, "
                + "Sunday %.3f, plain hour of week %.3f; median signed: %+.3f, %+.3f, %+.3f; 2-h windows under p90: "
                + "%d of %d (%.1f %%), median p90Messages / expectedMessages %.2f%n", label, kind.errors().size(),
                median(kind.errors(), 0, true), median(kind.errors(), 1, true), median(kind.errors(), 2, true),
                median(kind.errors(), 0, false), median(kind.errors(), 1, false), median(kind.errors(), 2, false),
                kind.covered(), kind.windows(), 100 * kind.coverage(),
                ProposalsEval.median(kind.widths().stream().mapToDouble(Double::doubleValue).toArray()));
    }

    private static double median(List<double[]> rows, int column, boolean absolute) {
        return ProposalsEval.median(rows.stream().mapToDouble(r -> absolute ? Math.abs(r[column]) : r[column])
                .toArray());
    }

    /** The day's 24 grid hours; null when any is unknown or the clocks change that day. */
    private static double[] actual(EvalSeries series, LocalDate day) {
        int first = (int) Duration.between(series.start(), day.atStartOfDay()).toHours();
        java.time.zone.ZoneRules rules = series.zone().getRules();
        boolean clockChange = !rules.getOffset(day.atStartOfDay(series.zone()).toInstant())
                .equals(rules.getOffset(day.plusDays(1).atStartOfDay(series.zone()).toInstant()));
        if (first < 0 || first + 24 > series.values().length || clockChange) {
            return null;
        }
        double[] hours = Arrays.copyOfRange(series.values(), first, first + 24);
        return Arrays.stream(hours).anyMatch(Double::isNaN) ? null : hours;
    }
}
