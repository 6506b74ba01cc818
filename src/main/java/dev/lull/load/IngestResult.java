package dev.lull.load;

/** What an ingest stored: samples received, newly inserted, and replacing an existing (host, at). */
public record IngestResult(long received, long inserted, long replaced) {
}
