package dev.newsgrep.ingest;

import java.util.List;

/**
 * What a {@link CorpusScanner} found.
 *
 * @param files the article files to read, in a stable order
 * @param skipped files, links and manifest rows that were passed over, each with a reason
 */
public record CorpusScan(List<SourceFile> files, List<SkippedFile> skipped) {

  /** Copies the lists. */
  public CorpusScan {
    files = List.copyOf(files);
    skipped = List.copyOf(skipped);
  }
}
