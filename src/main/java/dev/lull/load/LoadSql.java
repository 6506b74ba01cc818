package dev.lull.load;

/** The SQL of ingest and retention, kept together so the storage rules read in one place. */
final class LoadSql {
    static final String HOUR = "date_bin('1 hour', %s, timestamptz '2000-01-01 00:00:00+00')";

    static final String CREATE_STAGING = "create temp table load_staging (line bigint, host_id integer, "
            + "at timestamptz, messages double precision) on commit drop";

    static final String COPY_STAGING = "copy load_staging (line, host_id, at, messages) from stdin (format binary)";

    /** One row per host of the batch: its first and last sample and how many it sent. */
    static final String SUMMARISE = "create temp table batch_host on commit drop as "
            + "select host_id, min(at) as first, max(at) as last, count(*) as n from load_staging group by host_id";

    /** Serialises ingests per host so that rollups recomputed here see every committed sample. */
    static final String LOCK_HOSTS = "select count(pg_advisory_xact_lock(1819047020, host_id)) "
            + "from (select host_id from batch_host order by host_id) hosts";

    /** After the locks: hosts deleted meanwhile; whether any sample is older than the raw retention cutoff. */
    static final String CHECKS = """
            select (select count(*) from batch_host b where not exists (select 1 from host h where h.id = b.host_id)),
                   (select coalesce(bool_or(b.first < ?), false) from batch_host b)""";

    static final String SEALED = "select count(*), min(st.line) from load_staging st join load_hourly h "
            + "on h.host_id = st.host_id and h.hour = " + HOUR.formatted("st.at") + " where h.sealed and st.at < ?";

    /**
     * The fast path: plain insert, in key order, of a batch whose rows are all new; a row that repeats a stored one or
     * another of the batch fails it, and the batch is upserted instead.
     */
    static final String INSERT_NEW = "insert into load_sample (host_id, at, messages) "
            + "select host_id, at, messages from load_staging order by host_id, at";

    /** The fast path's rollups: new samples merged into the hours they fall in, exactly. */
    static final String MERGE_ROLLUP = """
            insert into load_hourly as h (host_id, hour, total, samples, min, max)
            select host_id, %s, sum(messages), count(*), min(messages), max(messages)
            from load_staging group by 1, 2 order by 1, 2
            on conflict (host_id, hour) do update
            set total = h.total + excluded.total, samples = h.samples + excluded.samples,
                min = least(h.min, excluded.min), max = greatest(h.max, excluded.max)
            """.formatted(HOUR.formatted("at"));

    /** Upserts the batch (the last row wins within it) and counts rows that were new. */
    static final String UPSERT = """
            with batch as (
                select distinct on (host_id, at) host_id, at, messages
                from load_staging order by host_id, at, line desc
            ), existing as (
                select count(*) as n from load_sample s join batch b on s.host_id = b.host_id and s.at = b.at
            ), stored as (
                insert into load_sample as s (host_id, at, messages)
                select host_id, at, messages from batch
                on conflict (host_id, at) do update set messages = excluded.messages
                returning 1
            )
            select (select count(*) from stored) - (select n from existing)""";

    /** Recomputes, from raw samples, every hourly rollup the batch touched. */
    static final String ROLLUP = """
            insert into load_hourly as h (host_id, hour, total, samples, min, max)
            select s.host_id, %s, sum(s.messages), count(*), min(s.messages), max(s.messages)
            from (select distinct host_id, %s as hour from load_staging) t
            join load_sample s on s.host_id = t.host_id and s.at >= t.hour and s.at < t.hour + interval '1 hour'
            group by 1, 2
            on conflict (host_id, hour) do update
            set total = excluded.total, samples = excluded.samples, min = excluded.min, max = excluded.max
            """.formatted(HOUR.formatted("s.at"), HOUR.formatted("at"));

    static final String INSERT_HOST = "insert into host (name, time_zone, tags, version, created_at, updated_at) "
            + "values (?, 'UTC', '{}', 0, ?, ?) on conflict (name) do nothing";

    /**
     * Moves the history versions of the batch's hosts (HistoryVersion, V320, V321); the parameters are the hour of the
     * ingest twice, then the hour before it. {@code settled} becomes the new version if the batch touched an hour
     * before the ingest's, {@code settled_before} if it touched one before the hour before; otherwise each keeps what
     * a reader used for the same cutoff until now: the old {@code settled_before} or {@code settled} where the cutoff
     * is the same, else the old version. The inserted row's two are a new host's (1, its first version, or 0), and
     * tell the update the same.
     */
    static final String BUMP_HISTORY = """
            insert into load_history_version as v (host_id, version, settled_hour, settled, settled_before)
            select host_id, 1, ?, case when first < ? then 1 else 0 end, case when first < ? then 1 else 0 end
            from batch_host
            on conflict (host_id) do update set
                version = v.version + 1,
                settled = case when excluded.settled = 1 then v.version + 1
                               when v.settled_hour = excluded.settled_hour then v.settled
                               else v.version end,
                settled_before = case when excluded.settled_before = 1 then v.version + 1
                               when v.settled_hour = excluded.settled_hour then v.settled_before
                               when v.settled_hour = excluded.settled_hour - interval '1 hour' then v.settled
                               else v.version end,
                settled_hour = excluded.settled_hour""";

    static final String NEXT_UNSEALED = "select min(hour) from load_hourly where not sealed and hour >= ?";

    static final String SEAL_HOURS = "update load_hourly set sealed = true where hour >= ? and hour < ? and not sealed";

    static final String DELETE_RAW = "delete from load_sample where at >= ? and at < ?";

    /** By host, so that each host's oldest rollups are found by the primary key instead of reading all of them. */
    static final String DELETE_ROLLUPS = "delete from load_hourly where host_id = any(array(select id from host)) "
            + "and hour < ?";

    private LoadSql() {
    }
}
