package dev.newsgrep;

import java.time.Duration;
import java.util.List;

/**
 * What an indexing run did.
 *
 * @param articles articles indexed (each replacing any earlier article with its id)
 * @param paragraphs paragraph documents written, headlines included
 * @param skipped what was passed over, each with its reason
 * @param elapsed wall-clock time of the run
 */
public record IndexSummary(
    int articles, int paragraphs, List<SkippedInput> skipped, Duration elapsed) {
  /** Copies the skipped list. */
  public IndexSummary {
    skipped = List.copyOf(skipped);
  }
}
