package dev.newsgrep.search;

import dev.newsgrep.index.NewsAnalyzer;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;

/** The words a piece of text is indexed as, by the schema's analyzer. */
final class Words {
  private static final Analyzer ANALYZER = NewsAnalyzer.forSchema();

  private Words() {}

  /** The analyzed words of {@code text} in {@code field}, in order. */
  static List<String> of(String field, String text) {
    var words = new ArrayList<String>();
    try (TokenStream stream = ANALYZER.tokenStream(field, text)) {
      var term = stream.addAttribute(CharTermAttribute.class);
      stream.reset();
      while (stream.incrementToken()) {
        words.add(term.toString());
      }
      stream.end();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return words;
  }
}
