package dev.newsgrep;

import java.util.List;

/**
 * The answer to a {@link SearchRequest}.
 *
 * <p>Like Lucene, a search counts matching paragraphs exactly only up to {@value
 * #EXACT_COUNT_UP_TO}; past that it stops counting once the best hits are certain, which is what
 * keeps searches of large indexes fast. {@link #totalHitsExact()} tells which.
 *
 * @param totalHits how many paragraphs matched in all (may exceed {@code hits().size()}); when not
 *     {@link #totalHitsExact()}, a lower bound
 * @param totalHitsExact whether {@code totalHits} is the exact count
 * @param hits the best hits, best first, equal scores listed by article id, then paragraph number;
 *     when more paragraphs share the lowest listed score than fit, the ones indexed first are taken
 */
public record SearchResults(long totalHits, boolean totalHitsExact, List<Hit> hits) {
  /** Matches are counted exactly up to this many. */
  public static final int EXACT_COUNT_UP_TO = 1_000;

  /** Copies the hit list. */
  public SearchResults {
    hits = List.copyOf(hits);
  }

  /** Whether nothing matched. */
  public boolean isEmpty() {
    return hits.isEmpty();
  }
}
