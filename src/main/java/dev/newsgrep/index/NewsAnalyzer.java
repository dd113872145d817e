package dev.newsgrep.index;

import java.io.Reader;
import java.io.StringReader;
import java.util.Map;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.LowerCaseFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.Tokenizer;
import org.apache.lucene.analysis.core.KeywordAnalyzer;
import org.apache.lucene.analysis.en.EnglishPossessiveFilter;
import org.apache.lucene.analysis.miscellaneous.PerFieldAnalyzerWrapper;
import org.apache.lucene.analysis.standard.StandardTokenizer;

/**
 * The analysis chain for words: {@link MatchingNormalizer} folding (quotes, apostrophes, dashes,
 * spaces, NFKC) with exact offsets, Unicode word segmentation, lower case, contractions expanded
 * ({@code I've} to {@code i have}, {@code can't} and {@code cannot} to {@code can not}), and the
 * English possessive {@code 's} removed so {@code Smith's} matches {@code smith}.
 *
 * <p>No stemming and no stop words: a quote lookup must match every word as printed.
 */
public final class NewsAnalyzer extends Analyzer {
  /** Position gap between the values of a multi-valued field, so a phrase never spans two names. */
  static final int VALUE_GAP = 100;

  @Override
  protected Reader initReader(String fieldName, Reader reader) {
    return new NormalizingCharFilter(reader);
  }

  @Override
  protected Reader initReaderForNormalization(String fieldName, Reader reader) {
    return new NormalizingCharFilter(reader);
  }

  @Override
  protected TokenStreamComponents createComponents(String fieldName) {
    var tokenizer = new StandardTokenizer();
    return new TokenStreamComponents(tokenizer, filters(tokenizer));
  }

  private static TokenStream filters(Tokenizer tokenizer) {
    TokenStream stream = new LowerCaseFilter(tokenizer);
    stream = new ContractionFilter(stream);
    return new EnglishPossessiveFilter(stream);
  }

  /**
   * A new token stream of {@code text}, not shared with any other: for fields built before the
   * writer consumes them, where the analyzer's per-thread reuse would clobber earlier streams.
   */
  static TokenStream unsharedStream(String text) {
    var tokenizer = new StandardTokenizer();
    tokenizer.setReader(new NormalizingCharFilter(new StringReader(text)));
    return filters(tokenizer);
  }

  @Override
  protected TokenStream normalize(String fieldName, TokenStream in) {
    return new LowerCaseFilter(in);
  }

  @Override
  public int getPositionIncrementGap(String fieldName) {
    return VALUE_GAP;
  }

  /** The analyzer for every field of the schema: words for text fields, one term for ids. */
  public static Analyzer forSchema() {
    return new PerFieldAnalyzerWrapper(
        new NewsAnalyzer(),
        Map.of(Fields.ARTICLE, new KeywordAnalyzer(), Fields.ROOT, new KeywordAnalyzer()));
  }
}
