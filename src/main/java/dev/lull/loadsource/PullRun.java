package dev.lull.loadsource;

/** What a pull run did: sources pulled, points stored, host pulls that failed. */
public record PullRun(int sources, long points, int failures) {
}
