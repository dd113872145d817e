package dev.newsgrep.search;

import dev.newsgrep.index.NewsAnalyzer;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.OffsetAttribute;

/** The words a piece of text is indexed as, by the schema's analyzer. */
final class Words {
  private static final Analyzer ANALYZER = NewsAnalyzer.forSchema();

  private Words() {}

  /** The analyzed words of {@code text} in {@code field}, in order. */
  static List<String> of(String field, String text) {
    return typed(field, text).stream().flatMap(List::stream).toList();
  }

  /**
   * The analyzed words of {@code text} grouped by the word the user typed: {@code "I don't"} gives
   * {@code [[i], [do, not]]}, as an expanded contraction's words share the typed word's offsets.
   */
  static List<List<String>> typed(String field, String text) {
    var typed = new ArrayList<List<String>>();
    try (TokenStream stream = ANALYZER.tokenStream(field, text)) {
      var term = stream.addAttribute(CharTermAttribute.class);
      var offset = stream.addAttribute(OffsetAttribute.class);
      stream.reset();
      int lastStart = -1;
      while (stream.incrementToken()) {
        if (offset.startOffset() != lastStart) {
          typed.add(new ArrayList<>());
          lastStart = offset.startOffset();
        }
        typed.get(typed.size() - 1).add(term.toString());
      }
      stream.end();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return typed.stream().map(List::copyOf).toList();
  }
}
