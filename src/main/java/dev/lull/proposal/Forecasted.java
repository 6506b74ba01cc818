package dev.lull.proposal;

import dev.lull.schedule.Interval;

/** The expected, p90 and ranking load curves of a forecast over a span. */
record Forecasted(LoadCurve expected, LoadCurve p90, LoadCurve ranking) {
    static Forecasted of(LoadForecast forecast, Interval span) {
        return new Forecasted(LoadCurve.of(span, forecast, LoadForecast.Rate.EXPECTED),
                LoadCurve.of(span, forecast, LoadForecast.Rate.P90),
                LoadCurve.of(span, forecast, LoadForecast.Rate.RANKING));
    }
}
