package dev.newsgrep.search;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import dev.newsgrep.QuerySyntaxException;
import java.time.Duration;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Every kind of bad query the reliability issue lists: one clear line each, never a hang. */
class BadQueriesTest {
  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = '|',
      quoteCharacter = '`',
      value = {
        "unbalanced quote        | \"blind spot       | unbalanced quotation mark in query: \"blind spot",
        "unbalanced parenthesis  | (russia AND putin | unbalanced parentheses in query: (russia AND putin",
        "dangling AND            | russia AND        | query ends too early, after 'AND'",
        "leading AND             | AND russia        | unexpected 'AND' at column 1 of the query",
        "empty field             | speaker:          | nothing after 'speaker:': give a value, e.g. speaker:smith",
        "unknown field           | colour:red        | unknown field 'colour:' (fields: article, outlet, quote, speaker, text, title)",
        "leading wildcard        | *ussia            | a word cannot start with * or ? (no leading wildcards): *ussia",
        "bad regular expression  | /[a/              | malformed regular expression: expected ']' at position 2",
        "stray operator          | russia^^          | cannot read the query at column 9: escape special characters with a backslash or put the words in quotes",
      })
  void badQueryIsExplainedInOneLine(String kind, String query, String message) {
    var error = assertThrows(QuerySyntaxException.class, () -> NewsQueryParser.parse(query));
    assertEquals(message, error.getMessage());
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = '|',
      value = {
        "bell character   | 7  | query has a control character (U+0007) at column 3",
        "escape character | 27 | query has a control character (U+001B) at column 3",
        "delete           | 127| query has a control character (U+007F) at column 3",
      })
  void controlCharacterIsRefusedWithItsPosition(String kind, int code, String message) {
    String query = "ru" + (char) code + "ssia";
    var error = assertThrows(QuerySyntaxException.class, () -> NewsQueryParser.parse(query));
    assertEquals(message, error.getMessage());
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = '|',
      value = {
        "100 KB query       | 100000 | query is 100000 characters long; the most is 10000",
        "too many clauses   | 9000   | query has too many clauses (more than 1024)",
      })
  void hugeQueryIsRefusedQuickly(String kind, int length, String message) {
    String query = "word ".repeat(length / 5);
    var error =
        assertTimeoutPreemptively(
            Duration.ofSeconds(20),
            () -> assertThrows(QuerySyntaxException.class, () -> NewsQueryParser.parse(query)));
    assertEquals(message, error.getMessage());
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = '|',
      value = {
        "regular expression with a huge automaton | /(a|b|c|d|e|f|g|h|i|j){1,500}z{1,500}/",
        "stacked repetitions (found by fuzzing)   | /c++++++++++++++++++++++++++++++/",
        "nested repeated groups                    | /((((((((((((((c)+)+)+)+)+)+)+)+)+)+)+)+)+)+/",
        "counted repeats of counted repeats        | /c{1,2}{1,2}{1,2}{1,2}{1,2}{1,2}{1,2}{1,2}{1,2}{1,2}{1,2}{1,2}/",
        "deep nesting                              | ((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((a))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))",
      })
  void pathologicalQueryIsRefusedNotHung(String kind, String query) {
    assertTimeoutPreemptively(
        Duration.ofSeconds(20),
        () -> assertThrows(QuerySyntaxException.class, () -> NewsQueryParser.parse(query)));
  }
}
