package dev.newsgrep.index;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.OffsetAttribute;
import org.apache.lucene.analysis.tokenattributes.PositionIncrementAttribute;
import org.junit.jupiter.api.Test;

class QuotedTokenFilterTest {
  private static List<String> quoted(String text, QuotedTokenFilter.Span... spans)
      throws IOException {
    var out = new ArrayList<String>();
    try (TokenStream stream =
        new QuotedTokenFilter(NewsAnalyzer.unsharedStream(text), List.of(spans))) {
      var term = stream.addAttribute(CharTermAttribute.class);
      var offset = stream.addAttribute(OffsetAttribute.class);
      var position = stream.addAttribute(PositionIncrementAttribute.class);
      stream.reset();
      while (stream.incrementToken()) {
        out.add(term + "@" + offset.startOffset() + "+" + position.getPositionIncrement());
      }
      stream.end();
    }
    return out;
  }

  @Test
  void keepsOnlyQuotedWordsWithTheirOffsetsInTheParagraph() throws IOException {
    String text = "\"We will win,\" she said.";
    assertEquals(
        List.of("we@1+1", "will@4+1", "win@9+1"), quoted(text, new QuotedTokenFilter.Span(1, 12)));
  }

  @Test
  void twoQuotesAreFarApartSoNoPhraseSpansThem() throws IOException {
    String text = "\"Yes,\" \"no\"";
    List<String> tokens =
        quoted(text, new QuotedTokenFilter.Span(1, 4), new QuotedTokenFilter.Span(8, 10));
    assertEquals(List.of("yes@1+1", "no@8+" + (1 + NewsAnalyzer.VALUE_GAP)), tokens);
  }
}
