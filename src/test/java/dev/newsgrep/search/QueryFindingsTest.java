package dev.newsgrep.search;

import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import dev.newsgrep.fuzz.Invariants;
import java.time.Duration;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Inputs on which the fuzz and property tests caught query handling throwing something other than a
 * {@link dev.newsgrep.NewsgrepException}, replayed so that each fix stays fixed.
 */
class QueryFindingsTest extends OnSeedsIndex {
  /**
   * Found by Jazzer ({@code QueryFuzzTest}, both methods, as 30 s timeouts): a regular expression
   * with a run of repetition marks ({@code c+++…}) takes time exponential in the run's length in
   * Lucene's {@code RegExp.toAutomaton} (nested {@code Operations.repeat}), reached from {@code
   * NewsQueryParser.parse} (NewsQueryParser.java:67, via {@code getRegexpQuery} at line 217),
   * before the determinization limit can refuse it: 14 marks take about a second, 18 about ten, 30
   * would take hours. Nested groups ({@code ((c)+)+}) and counted repeats ({@code c{1,2}{1,2}})
   * blow up the same way. The first two inputs are the fuzzer's, as found (the first is now refused
   * for its control characters). Passes since RegexpBounds refuses such expressions up front.
   */
  static Stream<Arguments> queriesThatHung() {
    return Stream.of(
        Arguments.of(
            "fuzzer's input",
            "cyr*r+ ha?V /hcck(%d|" + "+".repeat(98) + "i\u0014ng)/ tusr*|i\u0010r ha?ia\u00a54"),
        Arguments.of("fuzzer's search input", "/" + "+".repeat(83) + "///"),
        Arguments.of("30 marks", "/c" + "+".repeat(30) + "/"),
        Arguments.of("30 marks in a group", "/a(b|c" + "+".repeat(30) + ")/"),
        Arguments.of("30 nested groups", "/" + "(".repeat(30) + "c" + ")+".repeat(30) + "/"),
        Arguments.of("30 counted repeats", "/c" + "{1,2}".repeat(30) + "/"));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("queriesThatHung")
  void regularExpressionWithARunOfRepeatsIsParsedOrRefusedQuickly(String what, String query) {
    assertTimeoutPreemptively(Duration.ofSeconds(5), () -> Invariants.checkParse(query));
  }

  /**
   * Found by {@code QueryPropertyTest} (seed 3024) at 67336c5: {@code QuoteLookup.query} added one
   * SHOULD clause per typed word plus one, and {@code BooleanQuery.Builder.add} threw {@code
   * IndexSearcher.TooManyClauses} at the 1,025th (QuoteLookup.java:92 then). Passes since the
   * 1,000-character cap on quote phrases.
   */
  static Stream<Arguments> quotePhrasesThatThrew() {
    return Stream.of(Arguments.of("1,024 words", "idea ".repeat(1024)));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("quotePhrasesThatThrew")
  void quoteLookupOfAVeryLongPhraseFailsOnlyWithNewsgrepException(String what, String phrase) {
    Invariants.checkQuote(index, phrase);
  }
}
