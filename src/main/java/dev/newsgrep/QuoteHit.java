package dev.newsgrep;

import java.util.List;

/**
 * One outlet's wording of a looked-up quote: one quoted stretch of one paragraph.
 *
 * @param paragraph the paragraph carrying it
 * @param score how well it matched; higher is better, comparable within one lookup
 * @param quote the whole quoted stretch the phrase was found in, with its speaker
 * @param matches where the phrase matched inside the quote, in order, at least one
 */
public record QuoteHit(Paragraph paragraph, float score, Quote quote, List<Highlight> matches) {
  /** Copies the matches and checks there is at least one. */
  public QuoteHit {
    matches = List.copyOf(matches);
    if (matches.isEmpty()) {
      throw new IllegalArgumentException("a quote hit needs a match");
    }
  }

  /** The longest match, the first of equals: the one to show when a single one is wanted. */
  public Highlight match() {
    Highlight longest = matches.get(0);
    for (Highlight m : matches) {
      if (m.end() - m.start() > longest.end() - longest.start()) {
        longest = m;
      }
    }
    return longest;
  }
}
