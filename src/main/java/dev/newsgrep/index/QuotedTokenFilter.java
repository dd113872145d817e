package dev.newsgrep.index;

import java.io.IOException;
import java.util.List;
import org.apache.lucene.analysis.TokenFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.OffsetAttribute;
import org.apache.lucene.analysis.tokenattributes.PositionIncrementAttribute;

/**
 * Keeps only the tokens of a paragraph that lie inside its quotes, with their offsets in the
 * paragraph, and opens a wide position gap between two quotes so a phrase never runs from one quote
 * into the next.
 */
final class QuotedTokenFilter extends TokenFilter {
  /** A quoted stretch of the paragraph, as offsets: start inclusive, end exclusive. */
  record Span(int start, int end) {}

  private final List<Span> spans;
  private final OffsetAttribute offset = addAttribute(OffsetAttribute.class);
  private final PositionIncrementAttribute position =
      addAttribute(PositionIncrementAttribute.class);
  private int current;
  private int lastSpan;
  private int skipped;

  /**
   * @param spans the quoted stretches, in order, not overlapping
   */
  QuotedTokenFilter(TokenStream input, List<Span> spans) {
    super(input);
    this.spans = List.copyOf(spans);
  }

  @Override
  public boolean incrementToken() throws IOException {
    while (input.incrementToken()) {
      int span = spanOf(offset.startOffset(), offset.endOffset());
      if (span < 0) {
        skipped += position.getPositionIncrement();
        continue;
      }
      int increment = position.getPositionIncrement() + skipped;
      if (lastSpan >= 0 && span != lastSpan) {
        increment += NewsAnalyzer.VALUE_GAP;
      }
      position.setPositionIncrement(increment);
      lastSpan = span;
      skipped = 0;
      return true;
    }
    return false;
  }

  /** The index of the span holding the token, or -1; spans and tokens both come in order. */
  private int spanOf(int start, int end) {
    while (current < spans.size() && spans.get(current).end() <= start) {
      current++;
    }
    if (current < spans.size()
        && spans.get(current).start() <= start
        && end <= spans.get(current).end()) {
      return current;
    }
    return -1;
  }

  @Override
  public void reset() throws IOException {
    super.reset();
    current = 0;
    lastSpan = -1;
    skipped = 0;
  }
}
