package dev.lull.proposal;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.LongSupplier;
import java.util.function.Supplier;

import org.junit.jupiter.api.DisplayNameGeneration;
import org.junit.jupiter.api.DisplayNameGenerator.ReplaceUnderscores;
import org.junit.jupiter.api.Test;

import dev.lull.load.HistoryVersion;

@DisplayNameGeneration(ReplaceUnderscores.class)
class VersionBookTest {
    final VersionBook book = new VersionBook();
    final AtomicInteger reads = new AtomicInteger();

    static final Instant HOUR = Instant.parse("2026-12-03T15:00:00Z");

    /** A database read that counts itself and answers {@code version}. */
    LongSupplier database(long version) {
        return () -> {
            reads.incrementAndGet();
            return version;
        };
    }

    /** A database read of a host's history versions that counts itself: {@code version}, settled the same. */
    Supplier<HistoryVersion> read(long version) {
        return () -> {
            reads.incrementAndGet();
            return new HistoryVersion(version, HOUR, version, version);
        };
    }

    /** The history version the book holds for {@code hostId}, failing if it would read the database. */
    long known(long hostId) {
        return book.history(hostId, () -> {
            throw new AssertionError("read the database");
        }).version();
    }

    /** The announcement of a host's move where both settled versions are the version. */
    static String moved(long hostId, long version) {
        return "h:" + hostId + ":" + version + ":" + HOUR.getEpochSecond() + ":" + version + ":" + version;
    }

    @Test
    void while_closed_every_version_is_read_from_the_database() {
        assertThat(book.timeline(database(4))).isEqualTo(4);
        assertThat(book.history(1, read(9)).version()).isEqualTo(9);
        assertThat(book.history(1, read(10)).version()).isEqualTo(10);
        assertThat(reads).hasValue(3);
        assertThat(book.knownTimeline()).isEmpty();
        assertThat(book.apply("t:12")).isTrue();
        assertThat(book.timeline(database(5))).isEqualTo(5);
    }

    @Test
    void while_open_the_timeline_follows_announcements_without_reading() {
        book.open(4);
        assertThat(book.apply("t:5")).isTrue();
        assertThat(book.apply("t:7")).isTrue();
        assertThat(book.apply("t:6")).isTrue();
        assertThat(book.timeline(database(99))).isEqualTo(7);
        assertThat(reads).hasValue(0);
    }

    @Test
    void a_host_is_read_once_then_followed_by_its_announcements_which_only_raise_it() {
        book.open(4);
        assertThat(book.history(1, read(3)).version()).isEqualTo(3);
        assertThat(known(1)).isEqualTo(3);
        assertThat(book.apply(moved(1, 5))).isTrue();
        assertThat(book.apply(moved(1, 4))).isTrue();
        assertThat(known(1)).isEqualTo(5);
        assertThat(reads).hasValue(1);
    }

    @Test
    void an_announcement_that_overtook_the_first_read_of_a_host_wins() {
        book.open(4);
        book.apply(moved(2, 8));
        assertThat(book.history(2, read(7)).version()).isEqualTo(8);
        assertThat(book.follows(2)).isTrue();
    }

    @Test
    void reopening_after_a_lost_connection_forgets_everything_known_before() {
        book.open(4);
        book.history(1, read(3));
        book.close();
        assertThat(book.timeline(database(6))).isEqualTo(6);
        assertThat(book.history(1, read(5)).version()).isEqualTo(5);
        book.open(6);
        assertThat(book.follows(1)).isFalse();
        assertThat(book.history(1, read(5)).version()).isEqualTo(5);
        assertThat(book.knownTimeline()).hasValue(6);
    }

    @Test
    void a_read_made_under_a_page_closed_meanwhile_never_reaches_the_next_page() {
        book.open(4);
        assertThat(book.history(1, () -> {
            book.close();
            book.open(9);
            return new HistoryVersion(3, HOUR, 3, 3);
        }).version()).isEqualTo(3);
        assertThat(book.follows(1)).isFalse();
    }

    @Test
    void a_check_raises_what_moved_without_an_announcement_and_counts_it() {
        book.open(4);
        book.history(1, read(3));
        book.history(2, read(8));
        assertThat(book.raise(5, Map.of(1L, read(6).get(), 2L, read(8).get(), 3L, read(1).get()))).isEqualTo(2);
        assertThat(book.timeline(database(0))).isEqualTo(5);
        assertThat(known(1)).isEqualTo(6);
        assertThat(book.follows(3)).isFalse();
        assertThat(book.raise(5, Map.of(1L, read(6).get()))).isZero();
    }

    @Test
    void an_announcement_carries_the_version_of_the_history_before_the_hour_of_the_ingest() {
        book.open(4);
        book.history(1, read(3));
        assertThat(book.apply("h:1:5:" + HOUR.getEpochSecond() + ":3:2")).isTrue();
        HistoryVersion held = book.history(1, read(99));
        assertThat(held.before(HOUR)).isEqualTo(3);
        assertThat(held.before(HOUR.minusSeconds(3600))).isEqualTo(2);
        assertThat(held.before(HOUR.plusSeconds(3600))).isEqualTo(5);
        assertThat(held.before(HOUR.minusSeconds(7200))).isEqualTo(5);
    }

    @Test
    void what_is_not_an_announcement_is_refused() {
        book.open(4);
        assertThat(book.apply("x:1")).isFalse();
        assertThat(book.apply("t:")).isFalse();
        assertThat(book.apply("h:1")).isFalse();
        assertThat(book.apply("h:1:2")).isFalse();
        assertThat(book.apply("h:1:2:x:1:1")).isFalse();
        assertThat(book.apply("h:1:2:3:1")).isFalse();
        assertThat(book.apply("h:1:2:3:1:x")).isFalse();
        assertThat(book.apply("h:1:2:3:1:1:1")).isFalse();
        assertThat(book.apply("t:abc")).isFalse();
        assertThat(book.timeline(database(0))).isEqualTo(4);
    }
}
