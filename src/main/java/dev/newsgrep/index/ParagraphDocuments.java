package dev.newsgrep.index;

import dev.newsgrep.Article;
import dev.newsgrep.attribution.AttributedQuote;
import dev.newsgrep.attribution.ParagraphAttribution;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.function.Predicate;
import org.apache.lucene.analysis.CachingTokenFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.FieldType;
import org.apache.lucene.document.FloatDocValuesField;
import org.apache.lucene.document.IntField;
import org.apache.lucene.document.KeywordField;
import org.apache.lucene.document.StoredField;
import org.apache.lucene.document.StringField;
import org.apache.lucene.document.TextField;
import org.apache.lucene.index.IndexOptions;
import org.jspecify.annotations.Nullable;

/** Turns an article, with the speakers of each paragraph, into its paragraph documents. */
public final class ParagraphDocuments {
  /** Ranking weight of page chrome relative to article text. */
  static final float BOILERPLATE_WEIGHT = 0.2f;

  /** Text fields: stored, and with offsets in the postings so matches give exact spans. */
  private static final FieldType TEXT_WITH_OFFSETS = textWithOffsets();

  /**
   * Quoted words, and the text and headline when their tokens come from an analysis made once for
   * several fields or paragraphs: indexed with positions and offsets, not stored (a {@link
   * StoredField} beside them holds the value).
   */
  private static final FieldType WORDS_WITH_OFFSETS = wordsWithOffsets();

  private final Predicate<String> isBoilerplate;

  /**
   * @param isBoilerplate tells page chrome (photo credits, "Skip to footer") from article text
   */
  public ParagraphDocuments(Predicate<String> isBoilerplate) {
    this.isBoilerplate = isBoilerplate;
  }

  /**
   * One document per paragraph, headline first as paragraph 0.
   *
   * @param attributions for each numbered paragraph, its quotes and their speakers
   * @param origin the file and folder the article was read from, or {@code null} when added
   *     directly
   */
  public List<Document> build(
      Article article, List<ParagraphAttribution> attributions, @Nullable Origin origin) {
    List<String> numbered = article.numberedParagraphs();
    if (attributions.size() != numbered.size()) {
      throw new IllegalArgumentException(
          "attributions for "
              + attributions.size()
              + " paragraphs, article has "
              + numbered.size());
    }
    var documents = new ArrayList<Document>(numbered.size());
    // Every paragraph carries the headline: analyzed once, its tokens replayed for each.
    var title = new CachingTokenFilter(NewsAnalyzer.unsharedStream(article.title()));
    for (int number = 0; number < numbered.size(); number++) {
      String text = numbered.get(number);
      if (number > 0 || !text.isEmpty()) {
        documents.add(paragraph(article, title, number, text, attributions.get(number), origin));
      }
    }
    return documents;
  }

  private Document paragraph(
      Article article,
      TokenStream title,
      int number,
      String text,
      ParagraphAttribution attribution,
      @Nullable Origin origin) {
    var doc = new Document();
    doc.add(new KeywordField(Fields.ARTICLE, article.id(), Field.Store.YES));
    doc.add(new IntField(Fields.PARAGRAPH, number, Field.Store.YES));
    // A paragraph with quotes indexes its quoted words from the same analysis as its text.
    @Nullable TokenStream textTokens =
        attribution.quotes().isEmpty()
            ? null
            : new CachingTokenFilter(NewsAnalyzer.unsharedStream(text));
    addText(doc, text, textTokens);
    doc.add(new StoredField(Fields.TITLE, article.title()));
    doc.add(new Field(Fields.TITLE, title, WORDS_WITH_OFFSETS));
    if (article.outlet() != null && !article.outlet().isBlank()) {
      doc.add(new TextField(Fields.OUTLET, article.outlet(), Field.Store.YES));
      doc.add(new KeywordField(Fields.OUTLET_EXACT, article.outlet(), Field.Store.NO));
    }
    for (String speaker : attribution.speakers()) {
      doc.add(new TextField(Fields.SPEAKER, speaker, Field.Store.YES));
      doc.add(new KeywordField(Fields.SPEAKER_EXACT, speaker, Field.Store.NO));
    }
    if (textTokens != null) {
      addQuotes(doc, text, attribution.quotes(), textTokens);
    }
    if (article.url() != null) {
      doc.add(new StoredField(Fields.URL, article.url()));
    }
    if (article.date() != null) {
      doc.add(new StoredField(Fields.DATE, article.date()));
    }
    if (origin != null) {
      doc.add(new StringField(Fields.ROOT, origin.root(), Field.Store.NO));
      doc.add(new StoredField(Fields.SOURCE, origin.file()));
    }
    if (number > 0 && isBoilerplate.test(text)) {
      // Only page chrome carries a weight; every other paragraph counts in full, and a segment
      // with no chrome in it is ranked without reading weights at all.
      doc.add(new FloatDocValuesField(Fields.WEIGHT, BOILERPLATE_WEIGHT));
    }
    return doc;
  }

  /** The text field: analyzed by the writer, or indexed from {@code tokens} when given. */
  private static void addText(Document doc, String text, @Nullable TokenStream tokens) {
    if (tokens == null) {
      doc.add(new Field(Fields.TEXT, text, TEXT_WITH_OFFSETS));
    } else {
      doc.add(new StoredField(Fields.TEXT, text));
      doc.add(new Field(Fields.TEXT, tokens, WORDS_WITH_OFFSETS));
    }
  }

  private static void addQuotes(
      Document doc, String text, List<AttributedQuote> quotes, TokenStream textTokens) {
    var spans = new ArrayList<QuotedTokenFilter.Span>(quotes.size());
    int previousEnd = 0;
    var inOrder = quotes.stream().sorted(Comparator.comparingInt(AttributedQuote::start)).toList();
    for (AttributedQuote quote : inOrder) {
      if (quote.start() < previousEnd || quote.end() > text.length()) {
        continue; // overlapping or out of range: the tokens are covered, or nowhere
      }
      previousEnd = quote.end();
      doc.add(
          new StoredField(
              Fields.QUOTE_SPANS,
              StoredQuotes.encode(quote.start(), quote.end(), quote.speaker())));
      spans.add(new QuotedTokenFilter.Span(quote.start(), quote.end()));
    }
    var quoted = new QuotedTokenFilter(textTokens, spans);
    doc.add(new Field(Fields.QUOTE, quoted, WORDS_WITH_OFFSETS));
  }

  private static FieldType wordsWithOffsets() {
    var type = new FieldType(TextField.TYPE_NOT_STORED);
    type.setIndexOptions(IndexOptions.DOCS_AND_FREQS_AND_POSITIONS_AND_OFFSETS);
    type.freeze();
    return type;
  }

  private static FieldType textWithOffsets() {
    var type = new FieldType(TextField.TYPE_STORED);
    type.setIndexOptions(IndexOptions.DOCS_AND_FREQS_AND_POSITIONS_AND_OFFSETS);
    type.freeze();
    return type;
  }
}
