package dev.newsgrep;

import java.util.List;
import java.util.Optional;

/**
 * The hits of a quote lookup said by one person.
 *
 * @param speaker the canonical full name, or empty for quotes nobody was found to have said
 * @param hits every article and outlet that carried the quote, best match first
 */
public record QuoteGroup(Optional<String> speaker, List<QuoteHit> hits) {
  /** Copies the hit list. */
  public QuoteGroup {
    hits = List.copyOf(hits);
  }
}
