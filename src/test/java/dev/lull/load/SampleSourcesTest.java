package dev.lull.load;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.DisplayNameGeneration;
import org.junit.jupiter.api.DisplayNameGenerator;
import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.core.JsonFactory;

@DisplayNameGeneration(DisplayNameGenerator.ReplaceUnderscores.class)
class SampleSourcesTest {
    static final Instant NOW = Instant.parse("2026-11-28T00:00:00Z");

    static List<IncomingSample> readAll(SampleSource source) throws IOException {
        List<IncomingSample> samples = new ArrayList<>();
        for (IncomingSample s = source.next(); s != null; s = source.next()) {
            samples.add(s);
        }
        return samples;
    }

    static ByteArrayInputStream body(String text) {
        return new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8));
    }

    @Test
    void csv_rows_are_read_with_their_line_numbers_skipping_blank_lines_and_a_bom() throws IOException {
        List<IncomingSample> samples = readAll(new CsvSamples(body(
                "\uFEFFHost, At, Messages\nbts-01,2026-11-02T08:05:00Z,1234\n\nbts-02,2026-11-02T08:10:00Z,0.5\n")));
        assertThat(samples).extracting(IncomingSample::host, IncomingSample::messages, IncomingSample::position)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("bts-01", 1234.0, "line 2"),
                        org.assertj.core.groups.Tuple.tuple("bts-02", 0.5, "line 4"));
    }

    @Test
    void crlf_cr_and_a_last_line_without_a_break_are_all_read() throws IOException {
        List<IncomingSample> samples = readAll(new CsvSamples(body(
                "host,at,messages\r\nbts-01,2026-11-02T08:05:00Z,1\rbts-02,2026-11-02T08:05:00Z,2\r\n\r\n"
                        + "bts-03,2026-11-02T08:05:00Z,3")));
        assertThat(samples).extracting(IncomingSample::host, IncomingSample::position).containsExactly(
                org.assertj.core.groups.Tuple.tuple("bts-01", "line 2"),
                org.assertj.core.groups.Tuple.tuple("bts-02", "line 3"),
                org.assertj.core.groups.Tuple.tuple("bts-03", "line 5"));
    }

    @Test
    void a_line_longer_than_the_limit_is_refused_by_number_without_being_read_whole() {
        String huge = "bts-01,2026-11-02T08:05:00Z," + "9".repeat(200_000);
        assertThatThrownBy(() -> readAll(new CsvSamples(body("host,at,messages\nbts-01,2026-11-02T08:05:00Z,1\n"
                + huge + "\n")))).isInstanceOf(BadSample.class).hasMessageContaining("longer than 1024 characters")
                .extracting(e -> ((BadSample) e).position()).isEqualTo("line 3");
        assertThatThrownBy(() -> readAll(new CsvSamples(body("x".repeat(5000))))).isInstanceOf(BadSample.class)
                .extracting(e -> ((BadSample) e).position()).isEqualTo("line 1");
    }

    @Test
    void a_csv_row_with_the_wrong_number_of_fields_names_its_line() {
        assertThatThrownBy(() -> readAll(new CsvSamples(body("host,at,messages\nbts-01,2026-11-02T08:05:00Z,1,2\n"))))
                .isInstanceOf(BadSample.class).hasMessageContaining("3 fields")
                .extracting(e -> ((BadSample) e).position()).isEqualTo("line 2");
    }

    @Test
    void json_samples_are_read_token_by_token_and_named_by_index() throws IOException {
        List<IncomingSample> samples = readAll(new JsonSamples(JsonSamples.factory(new JsonFactory()),
                body("[{\"messages\":3,\"host\":\"a\",\"at\":\"2026-11-02T08:05:00Z\"},{\"host\":\"b\",\"at\":\"2026-11-02T08:10:00Z\",\"messages\":4.5}]")));
        assertThat(samples).extracting(IncomingSample::host).containsExactly("a", "b");
        assertThat(samples.get(1).position()).isEqualTo("[1]");
        assertThatThrownBy(
                () -> readAll(new JsonSamples(JsonSamples.factory(new JsonFactory()),
                        body("[{\"host\":\"a\",\"at\":1,\"messages\":1}]"))))
                .isInstanceOf(BadSample.class).extracting(e -> ((BadSample) e).position()).isEqualTo("[0].at");
        assertThatThrownBy(() -> readAll(new JsonSamples(JsonSamples.factory(new JsonFactory()), body("[] []"))))
                .isInstanceOf(BadSample.class).hasMessageContaining("after the array");
    }

    @Test
    void the_rules_refuse_negative_infinite_ancient_and_future_samples() {
        Instant ok = Instant.parse("2026-11-27T00:00:00Z");
        SampleRules.check(new IncomingSample("a", ok, 0, "x"), NOW);
        assertThatThrownBy(() -> SampleRules.check(new IncomingSample("a", ok, -1, "x"), NOW))
                .isInstanceOf(BadSample.class);
        assertThatThrownBy(() -> SampleRules.check(new IncomingSample("a", ok, Double.POSITIVE_INFINITY, "x"), NOW))
                .isInstanceOf(BadSample.class);
        assertThatThrownBy(
                () -> SampleRules.check(new IncomingSample("a", Instant.parse("1999-12-31T23:59:59Z"), 1, "x"),
                        NOW))
                .hasMessageContaining("2000");
        assertThatThrownBy(() -> SampleRules.check(new IncomingSample("a", NOW.plusSeconds(86_401), 1, "x"), NOW))
                .hasMessageContaining("future");
        assertThatThrownBy(() -> SampleRules.checkHostName("Bad_Host", "line 9")).hasMessageContaining("Bad_Host");
    }
}
