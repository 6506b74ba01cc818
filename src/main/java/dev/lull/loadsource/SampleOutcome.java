package dev.lull.loadsource;

/** What became of one remote-written sample; counted per request and on /q/metrics. */
enum SampleOutcome {
    /** Used for a stored step value. */
    ACCEPTED,
    /** A series of another metric. */
    OTHER_METRIC,
    /** A series of the metric without the host label. */
    NO_HOST_LABEL,
    /** A host Lull does not know (and create-hosts is off). */
    UNKNOWN_HOST,
    /** A value or instant the load rules refuse (negative, not finite, too old or ahead, a bad host name). */
    INVALID,
    /** A staleness marker: the series ended. */
    STALE,
    /** A counter sample not after the last one already counted (a resend). */
    DUPLICATE,
    /** A counter sample of a second series of a host whose first series is still live. */
    OTHER_SERIES;

    /** The metric tag and response header spelling: other-metric. */
    String tag() {
        return name().toLowerCase(java.util.Locale.ROOT).replace('_', '-');
    }
}
