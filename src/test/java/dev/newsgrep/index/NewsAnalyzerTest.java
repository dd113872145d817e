package dev.newsgrep.index;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.OffsetAttribute;
import org.apache.lucene.analysis.tokenattributes.PositionIncrementAttribute;
import org.junit.jupiter.api.Test;

class NewsAnalyzerTest {
  private final Analyzer analyzer = new NewsAnalyzer();

  /** term@start-end+positionIncrement, for one field's analysis of {@code text}. */
  private List<String> tokens(String text) throws IOException {
    var out = new ArrayList<String>();
    try (TokenStream stream = analyzer.tokenStream(Fields.TEXT, text)) {
      var term = stream.addAttribute(CharTermAttribute.class);
      var offset = stream.addAttribute(OffsetAttribute.class);
      var position = stream.addAttribute(PositionIncrementAttribute.class);
      stream.reset();
      while (stream.incrementToken()) {
        out.add(
            term
                + "@"
                + offset.startOffset()
                + "-"
                + offset.endOffset()
                + "+"
                + position.getPositionIncrement());
      }
      stream.end();
    }
    return out;
  }

  @Test
  void curlyAndStraightApostrophesGiveTheSameTerms() throws IOException {
    assertEquals(tokens("can't trust"), tokens("can’t trust"));
    assertEquals(tokens("Smith's"), tokens("Smith’s"));
  }

  @Test
  void contractionsExpandToTheirWordsOnePositionEach() throws IOException {
    assertEquals(List.of("i@0-4+1", "have@0-4+1", "ever@5-9+1"), tokens("I’ve ever"));
    assertEquals(List.of("can@0-5+1", "not@0-5+1", "trust@6-11+1"), tokens("can't trust"));
    assertEquals(List.of("can@0-6+1", "not@0-6+1"), tokens("cannot"));
    assertEquals(List.of("will@0-5+1", "not@0-5+1", "ever@6-10+1"), tokens("won't ever"));
    assertEquals(List.of("it@0-4+1", "is@0-4+1", "not@5-8+1"), tokens("It's not"));
    assertEquals(List.of("do@0-5+1", "not@0-5+1"), tokens("don’t"));
  }

  @Test
  void possessiveIsNotTakenForAContraction() throws IOException {
    assertEquals(List.of("smith@0-7+1", "plan@8-12+1"), tokens("Smith's plan"));
    assertEquals(List.of("cannon@0-6+1"), tokens("cannon"));
  }

  @Test
  void nonBreakingSpaceSeparatesWords() throws IOException {
    assertEquals(List.of("later@0-5+1", "sunday@6-12+1"), tokens("Later\u00a0Sunday"));
  }

  @Test
  void possessiveIsDroppedButOffsetsCoverTheWordAsPrinted() throws IOException {
    assertEquals(List.of("putin@0-7+1", "denial@8-14+1"), tokens("Putin’s denial"));
    assertEquals(List.of("nbc@0-5+1", "meet@6-10+1"), tokens("NBC's Meet"));
  }

  @Test
  void dashesSplitWordsLikeHyphens() throws IOException {
    assertEquals(List.of("us@0-2+1", "russia@3-9+1"), tokens("US–Russia"));
    assertEquals(List.of("can@0-5+1", "not@0-5+1", "but@6-9+1"), tokens("can’t–but"));
  }

  @Test
  void abbreviationsWithDotsStayOneToken() throws IOException {
    assertEquals(List.of("u.s@0-3+1", "officials@5-14+1"), tokens("U.S. officials"));
  }

  @Test
  void accentsAreKeptAndCaseFolded() throws IOException {
    assertEquals(List.of("café@0-4+1", "élysée@5-11+1"), tokens("Café Élysée"));
  }

  @Test
  void expandingCharactersKeepLaterOffsetsExact() throws IOException {
    // U+FB01 (the "fi" ligature) folds to two letters; offsets after it must still be exact.
    assertEquals(List.of("fine@0-3+1", "print@4-9+1"), tokens("\ufb01ne print"));
  }

  @Test
  void decomposedAccentMatchesComposedOne() throws IOException {
    assertEquals(List.of("café@0-5+1", "au@6-8+1"), tokens("cafe\u0301 au"));
    assertEquals(List.of("café@0-4+1"), tokens("café"));
  }

  @Test
  void characterExpandingIntoSeveralTokensKeepsOffsetsInOrder() throws IOException {
    // U+2105 (care of) folds to "c/o", U+2474 to "(1)": tokens inside an expansion map onto the
    // original character and never end before they start (this once aborted indexing).
    assertEquals(
        List.of("some@0-4+1", "cc@5-6+1", "o@6-7+1", "manager@8-15+1"),
        tokens("some c\u2105 manager"));
    assertEquals(List.of("took@0-4+1", "1@5-5+1", "x@7-8+1"), tokens("took \u2474 x"));
  }

  @Test
  void fullwidthLettersFoldToAscii() throws IOException {
    assertEquals(List.of("russia@0-6+1"), tokens("Ｒｕｓｓｉａ"));
  }

  @Test
  void normalizerFoldsQuotesDashesAndSpaces() {
    assertEquals("\"It's\" - a test", MatchingNormalizer.normalize("“It’s”\u00a0— a\u2009test"));
  }
}
