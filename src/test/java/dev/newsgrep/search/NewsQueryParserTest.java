package dev.newsgrep.search;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.newsgrep.QuerySyntaxException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class NewsQueryParserTest {
  @Test
  void bareWordsAreAllRequired() {
    assertEquals("+text:dumbest +text:idea", NewsQueryParser.parse("dumbest idea").toString());
  }

  @Test
  void orIsExplicit() {
    assertEquals("text:dumbest text:idea", NewsQueryParser.parse("dumbest OR idea").toString());
  }

  @Test
  void quotedPhraseIsFoldedLikeTheText() {
    assertEquals(
        "text:\"can not trust russia\"",
        NewsQueryParser.parse("\"Can’t trust Russia\"").toString());
  }

  @Test
  void hyphenatedWordBecomesAPhrase() {
    assertEquals("text:\"us russia\"", NewsQueryParser.parse("US–Russia").toString());
  }

  @Test
  void speakerFieldIsTokenized() {
    assertEquals(
        "speaker:\"lindsey graham\"",
        NewsQueryParser.parse("speaker:\"Lindsey Graham\"").toString());
    assertEquals("speaker:graham", NewsQueryParser.parse("speaker:Graham").toString());
  }

  @Test
  void articleFieldIsOneTerm() {
    assertEquals(
        "article:business/001", NewsQueryParser.parse("article:\"business/001\"").toString());
  }

  @Test
  void onlyNegativeClausesExcludeFromEverything() {
    String parsed = NewsQueryParser.parse("NOT trump").toString();
    assertTrue(parsed.contains("*:*"), parsed);
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "\"unclosed",
        "(russia AND",
        "speaker:",
        "russia AND",
        "color:red",
        "*ussia",
        "",
        "  "
      })
  void malformedQueryIsOneLineError(String query) {
    var error = assertThrows(QuerySyntaxException.class, () -> NewsQueryParser.parse(query));
    assertFalse(error.getMessage().isBlank());
    assertFalse(error.getMessage().contains("\n"), error.getMessage());
  }

  @Test
  void negativeOnlyGroupInsideAQueryExcludesRatherThanMatchingNothing() {
    String parsed = NewsQueryParser.parse("trump AND (NOT russia)").toString();
    assertEquals("+text:trump +(-text:russia +*:*)", parsed);
  }

  @Test
  void deepNestingIsRefusedBeforeParsing() {
    String deep = "(".repeat(3000) + "a" + ")".repeat(3000);
    var error = assertThrows(QuerySyntaxException.class, () -> NewsQueryParser.parse(deep));
    assertTrue(error.getMessage().contains("levels deep"), error.getMessage());
  }

  @Test
  void unknownFieldIsQuotedAsTyped() {
    var error =
        assertThrows(QuerySyntaxException.class, () -> NewsQueryParser.parse("TEXT:russia"));
    assertTrue(error.getMessage().startsWith("unknown field 'TEXT:'"), error.getMessage());
  }

  @Test
  void badRegularExpressionIsNamedAsSuch() {
    var error = assertThrows(QuerySyntaxException.class, () -> NewsQueryParser.parse("/[a/"));
    assertTrue(error.getMessage().startsWith("malformed regular expression"), error.getMessage());
  }

  @Test
  void strayBackslashPointsAtTheColumn() {
    var error = assertThrows(QuerySyntaxException.class, () -> NewsQueryParser.parse("a \\"));
    assertTrue(
        error.getMessage().startsWith("cannot read the query at column"), error.getMessage());
  }

  @Test
  void danglingOperatorSaysTheQueryEndsTooEarly() {
    var error = assertThrows(QuerySyntaxException.class, () -> NewsQueryParser.parse("russia AND"));
    assertEquals("query ends too early, after 'AND'", error.getMessage());
  }

  @Test
  void unknownFieldIsNamedWithTheKnownOnes() {
    var error = assertThrows(QuerySyntaxException.class, () -> NewsQueryParser.parse("color:red"));
    assertEquals(
        "unknown field 'color:' (fields: article, outlet, quote, speaker, text, title)",
        error.getMessage());
  }

  @Test
  void unclosedQuoteSaysSo() {
    var error = assertThrows(QuerySyntaxException.class, () -> NewsQueryParser.parse("\"unclosed"));
    assertTrue(error.getMessage().startsWith("unbalanced quotation mark"), error.getMessage());
  }

  @Test
  void emptyFieldSaysWhatIsMissing() {
    var error = assertThrows(QuerySyntaxException.class, () -> NewsQueryParser.parse("speaker:"));
    assertTrue(error.getMessage().contains("nothing after 'speaker:'"), error.getMessage());
  }
}
