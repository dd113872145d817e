package dev.newsgrep.index;

import java.util.Set;

/**
 * The schema: one Lucene document per paragraph, with these fields. Every field name lives here.
 */
public final class Fields {
  private Fields() {}

  /**
   * Article id. Indexed as one untokenized term (replace-by-id, {@code article:} queries), stored,
   * and a sorted doc value for stable tie-breaking.
   */
  public static final String ARTICLE = "article";

  /**
   * Paragraph number: 0 is the headline, body paragraphs count from 1. Stored, point-indexed and a
   * doc value for ordering.
   */
  public static final String PARAGRAPH = "paragraph";

  /**
   * The paragraph's text. Stored as printed; analyzed by {@link NewsAnalyzer}, with offsets in the
   * postings so matches map back to exact character spans.
   */
  public static final String TEXT = "text";

  /**
   * The article's headline, repeated on every paragraph so each hit shows it and {@code title:}
   * finds all of an article's paragraphs. Analyzed like the text, with offsets.
   */
  public static final String TITLE = "title";

  /**
   * The outlet's name, tokenized like text so {@code outlet:yahoo} and {@code outlet:"yahoo news"}
   * both match. Stored.
   */
  public static final String OUTLET = "outlet";

  /** The outlet's name as one term: the source of outlet counts. */
  public static final String OUTLET_EXACT = "outlet_exact";

  /**
   * Each quoted speaker's full name, one value each, tokenized so a surname alone matches; a wide
   * position gap keeps phrases inside one name. Stored.
   */
  public static final String SPEAKER = "speaker";

  /** Each speaker's full name as one term: the source of speaker counts. */
  public static final String SPEAKER_EXACT = "speaker_exact";

  /**
   * What people said: the paragraph's tokens inside its quotes only, analyzed like the text, with
   * offsets into the paragraph text and a wide position gap between two quotes. Not stored.
   */
  public static final String QUOTE = "quote";

  /**
   * Each quote's span and speaker, stored only, one value per quote: {@code start TAB end TAB
   * speaker}.
   */
  public static final String QUOTE_SPANS = "quote_spans";

  /** The article's address, stored only. */
  public static final String URL = "url";

  /** The article's date as its source gave it, stored only. */
  public static final String DATE = "date";

  /**
   * The folder an article was indexed from, one untokenized term: lets a re-index of that folder
   * drop articles that are gone from it.
   */
  public static final String ROOT = "root";

  /** The file an article was read from, stored only: tells a re-index from another file. */
  public static final String SOURCE = "source";

  /**
   * Ranking weight of page chrome (photo credits, "Skip to footer"), below 1 so it never outranks
   * the story; paragraphs without it count in full. A float doc value.
   */
  public static final String WEIGHT = "weight";

  /** Fields a user may name in a query, with their query-syntax names. */
  public static final Set<String> QUERYABLE = Set.of(ARTICLE, TEXT, TITLE, OUTLET, SPEAKER, QUOTE);
}
