package dev.newsgrep;

import java.util.List;

/**
 * The answer to {@link NewsIndex#quote}: hits grouped by speaker, the group with the best match
 * first.
 *
 * @param groups one group per speaker
 */
public record QuoteResults(List<QuoteGroup> groups) {
  /** Copies the group list. */
  public QuoteResults {
    groups = List.copyOf(groups);
  }

  /** Every hit, group by group. */
  public List<QuoteHit> hits() {
    return groups.stream().flatMap(g -> g.hits().stream()).toList();
  }

  /** Whether nothing matched. */
  public boolean isEmpty() {
    return groups.isEmpty();
  }
}
