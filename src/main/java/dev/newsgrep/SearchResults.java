package dev.newsgrep;

import java.util.List;

/**
 * The answer to a {@link SearchRequest}.
 *
 * @param totalHits how many paragraphs matched in all (may exceed {@code hits().size()})
 * @param hits the best hits, best first; ties broken by article id, then paragraph number
 */
public record SearchResults(long totalHits, List<Hit> hits) {
  /** Copies the hit list. */
  public SearchResults {
    hits = List.copyOf(hits);
  }

  /** Whether nothing matched. */
  public boolean isEmpty() {
    return hits.isEmpty();
  }
}
