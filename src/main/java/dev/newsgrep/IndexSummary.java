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
 * @param filesRead article files read to the end
 * @param filesFound article files the run found
 * @param stopped whether the run was stopped before reading every file (see {@link
 *     IndexProgress#stopRequested()}); what it indexed is committed all the same
 * @param replaced articles of this run whose id an article from another file had, which they
 *     replaced: the ids clash across runs
 */
public record IndexSummary(
    int articles,
    int paragraphs,
    List<SkippedInput> skipped,
    Duration elapsed,
    int filesRead,
    int filesFound,
    boolean stopped,
    List<Replacement> replaced) {
  /** Copies the lists. */
  public IndexSummary {
    skipped = List.copyOf(skipped);
    replaced = List.copyOf(replaced);
  }
}
