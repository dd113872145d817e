package dev.newsgrep;

import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * What to search for: a query in Lucene syntax, how many hits to return, and optional filters.
 *
 * <p>{@code SearchRequest.of("\"interest rates\" AND speaker:smith").withLimit(5)}
 *
 * @param query the query, in Lucene's classic query syntax; terms with no field search the
 *     paragraph text, and terms are joined by AND unless the query says otherwise
 * @param limit the most hits to return, at least 1
 * @param outlet keep only paragraphs from this outlet (words of its name, e.g. {@code "yahoo
 *     news"}), or {@code null}
 * @param speaker keep only paragraphs quoting this person (full name or surname), or {@code null}
 * @param highlights whether each hit says where the query matched ({@link Hit#highlights()}); a
 *     search without them is faster, and its hits have empty highlight lists
 */
public record SearchRequest(
    String query,
    int limit,
    @Nullable String outlet,
    @Nullable String speaker,
    boolean highlights) {

  /** The default number of hits. */
  public static final int DEFAULT_LIMIT = 10;

  /** Checks the components. */
  public SearchRequest {
    Objects.requireNonNull(query, "query");
    if (limit < 1) {
      throw new IllegalArgumentException("limit must be at least 1, got " + limit);
    }
  }

  /**
   * A request for the top {@value #DEFAULT_LIMIT} hits of {@code query}, unfiltered, highlighted.
   */
  public static SearchRequest of(String query) {
    return new SearchRequest(query, DEFAULT_LIMIT, null, null, true);
  }

  /** This request returning at most {@code newLimit} hits. */
  public SearchRequest withLimit(int newLimit) {
    return new SearchRequest(query, newLimit, outlet, speaker, highlights);
  }

  /** This request keeping only paragraphs from {@code newOutlet}. */
  public SearchRequest withOutlet(@Nullable String newOutlet) {
    return new SearchRequest(query, limit, newOutlet, speaker, highlights);
  }

  /** This request keeping only paragraphs that quote {@code newSpeaker}. */
  public SearchRequest withSpeaker(@Nullable String newSpeaker) {
    return new SearchRequest(query, limit, outlet, newSpeaker, highlights);
  }

  /** This request with highlights, or without them ({@code false}: faster, empty highlights). */
  public SearchRequest withHighlights(boolean newHighlights) {
    return new SearchRequest(query, limit, outlet, speaker, newHighlights);
  }
}
