package dev.lull.tour;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.DisplayNameGeneration;
import org.junit.jupiter.api.DisplayNameGenerator;
import org.junit.jupiter.api.Test;

@DisplayNameGeneration(DisplayNameGenerator.ReplaceUnderscores.class)
class ShownAnswerTest {
    private final Map<String, String> captures = new HashMap<>();

    private List<String> json(String shown, String printed) {
        return new ShownAnswer("json", shown).check(printed, captures);
    }

    @Test
    void an_answer_matches_on_the_fields_shown_and_may_carry_more() {
        assertThat(json("{\"id\": 1, \"scope\": {\"host\": \"a\"}}",
                "{\"id\":1,\"owner\":\"x\",\"scope\":{\"host\":\"a\",\"extra\":true}}")).isEmpty();
        assertThat(json("{\"id\": 2}", "{\"id\":1}")).containsExactly("$.id: shown 2, answered 1");
        assertThat(json("{\"owner\": \"x\"}", "{\"id\":1}")).containsExactly("$.owner: missing, shown \"x\"");
    }

    @Test
    void numbers_compare_by_value_and_enums_and_strings_exactly() {
        assertThat(json("{\"capacity\": 1200}", "{\"capacity\":1200.0}")).isEmpty();
        assertThat(json("{\"confidence\": \"high\"}", "{\"confidence\":\"HIGH\"}")).hasSize(1);
        assertThat(json("{\"n\": \"1\"}", "{\"n\":1}")).isEmpty();
    }

    @Test
    void arrays_shown_are_matched_in_order_and_an_empty_one_means_empty() {
        String printed = "{\"items\":[{\"n\":\"a\"},{\"n\":\"b\"},{\"n\":\"c\"}]}";
        assertThat(json("{\"items\": [{\"n\": \"a\"}, {\"n\": \"c\"}]}", printed)).isEmpty();
        assertThat(json("{\"items\": [{\"n\": \"c\"}, {\"n\": \"a\"}]}", printed)).hasSize(1);
        assertThat(json("{\"items\": []}", printed)).hasSize(1);
        assertThat(json("{\"items\": []}", "{\"items\":[]}")).isEmpty();
    }

    @Test
    void an_ellipsis_stands_for_any_text_and_a_dollar_name_captures_the_value() {
        assertThat(json("{\"secret\": \"whsec_…\", \"url\": \"$feed\"}",
                "{\"secret\":\"whsec_abc=\",\"url\":\"/calendar/t0k3n.ics\"}")).isEmpty();
        assertThat(captures).containsEntry("feed", "/calendar/t0k3n.ics");
        assertThat(json("{\"secret\": \"whsec_…\"}", "{\"secret\":\"abc\"}")).hasSize(1);
    }

    @Test
    void an_http_answer_checks_the_status_the_headers_shown_and_the_body() {
        String printed = "HTTP/1.1 201 Created\r\nETag: \"0\"\r\nLocation: http://127.0.0.1:1234/api/v1/x\r\n\r\n"
                + "{\"name\":\"x\",\"hosts\":[]}";
        ShownAnswer shown = new ShownAnswer("http",
                "HTTP/1.1 201 Created\nLocation: …/api/v1/x\nETag: $etag\n\n{\"name\": \"x\"}\n");
        assertThat(shown.check(printed, captures)).isEmpty();
        assertThat(captures).containsEntry("etag", "\"0\"");
        assertThat(new ShownAnswer("http", "HTTP/1.1 200 OK\n").check(printed, captures))
                .singleElement().asString().startsWith("status: shown 200, answered 201");
        assertThat(new ShownAnswer("http", "HTTP/1.1 201 Created\nETag: \"1\"\n").check(printed, captures))
                .singleElement().asString().startsWith("header shown ETag: \"1\"");
    }

    @Test
    void a_calendar_body_is_compared_line_by_line_after_unfolding() {
        String printed = "HTTP/1.1 200 OK\r\nContent-Type: text/calendar; charset=utf-8\r\n\r\n"
                + "BEGIN:VCALENDAR\r\nSUMMARY:a long\r\n  summary\r\nEND:VCALENDAR\r\n";
        assertThat(new ShownAnswer("http", "HTTP/1.1 200 OK\n\nSUMMARY:a long summary\nEND:VCALENDAR\n")
                .check(printed, captures)).isEmpty();
        assertThat(new ShownAnswer("http", "HTTP/1.1 200 OK\n\nEND:VCALENDAR\nBEGIN:VCALENDAR\n")
                .check(printed, captures)).hasSize(1);
    }

    @Test
    void a_text_answer_shows_lines_of_the_output_in_order() {
        assertThat(new ShownAnswer("text", "204\n404\n").check("204\n404\n", captures)).isEmpty();
        assertThat(new ShownAnswer("text", "204\n404\n").check("204\n200\n", captures)).hasSize(1);
    }

    @Test
    void output_that_is_not_json_or_a_readme_that_shows_broken_json_is_a_difference() {
        assertThat(json("{\"a\": 1}", "curl: (7) Failed to connect")).singleElement().asString()
                .startsWith("not JSON");
        assertThat(json("{\"a\": 1,...}", "{\"a\":1}")).singleElement().asString()
                .startsWith("the README shows invalid JSON");
    }
}
