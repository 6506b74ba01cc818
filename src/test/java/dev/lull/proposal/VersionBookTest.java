package dev.lull.proposal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.LongSupplier;

import org.junit.jupiter.api.DisplayNameGeneration;
import org.junit.jupiter.api.DisplayNameGenerator.ReplaceUnderscores;
import org.junit.jupiter.api.Test;

@DisplayNameGeneration(ReplaceUnderscores.class)
class VersionBookTest {
    final VersionBook book = new VersionBook();
    final AtomicInteger reads = new AtomicInteger();

    /** A database read that counts itself and answers {@code version}. */
    LongSupplier database(long version) {
        return () -> {
            reads.incrementAndGet();
            return version;
        };
    }

    @Test
    void while_closed_every_version_is_read_from_the_database() {
        assertThat(book.timeline(database(4))).isEqualTo(4);
        assertThat(book.history(1, database(9))).isEqualTo(9);
        assertThat(book.history(1, database(10))).isEqualTo(10);
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
        assertThat(book.history(1, database(3))).isEqualTo(3);
        assertThat(book.history(1, database(99))).isEqualTo(3);
        assertThat(book.apply("h:1:5")).isTrue();
        assertThat(book.apply("h:1:4")).isTrue();
        assertThat(book.history(1, database(99))).isEqualTo(5);
        assertThat(reads).hasValue(1);
    }

    @Test
    void an_announcement_that_overtook_the_first_read_of_a_host_wins() {
        book.open(4);
        book.apply("h:2:8");
        assertThat(book.history(2, database(7))).isEqualTo(8);
        assertThat(book.follows(2)).isTrue();
    }

    @Test
    void reopening_after_a_lost_connection_forgets_everything_known_before() {
        book.open(4);
        book.history(1, database(3));
        book.close();
        assertThat(book.timeline(database(6))).isEqualTo(6);
        assertThat(book.history(1, database(5))).isEqualTo(5);
        book.open(6);
        assertThat(book.follows(1)).isFalse();
        assertThat(book.history(1, database(5))).isEqualTo(5);
        assertThat(book.knownTimeline()).hasValue(6);
    }

    @Test
    void a_read_made_under_a_page_closed_meanwhile_never_reaches_the_next_page() {
        book.open(4);
        assertThat(book.history(1, () -> {
            book.close();
            book.open(9);
            return 3;
        })).isEqualTo(3);
        assertThat(book.follows(1)).isFalse();
    }

    @Test
    void a_check_raises_what_moved_without_an_announcement_and_counts_it() {
        book.open(4);
        book.history(1, database(3));
        book.history(2, database(8));
        assertThat(book.raise(5, Map.of(1L, 6L, 2L, 8L, 3L, 1L))).isEqualTo(2);
        assertThat(book.timeline(database(0))).isEqualTo(5);
        assertThat(book.history(1, database(0))).isEqualTo(6);
        assertThat(book.follows(3)).isFalse();
        assertThat(book.raise(5, Map.of(1L, 6L))).isZero();
    }

    @Test
    void what_is_not_an_announcement_is_refused() {
        book.open(4);
        assertThat(book.apply("x:1")).isFalse();
        assertThat(book.apply("t:")).isFalse();
        assertThat(book.apply("h:1")).isFalse();
        assertThat(book.apply("t:abc")).isFalse();
        assertThat(book.timeline(database(0))).isEqualTo(4);
    }
}
