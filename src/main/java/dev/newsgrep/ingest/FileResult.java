package dev.newsgrep.ingest;

import dev.newsgrep.Article;
import java.util.List;

/**
 * The articles read from one file, and the parts of it that could not be read.
 *
 * @param articles the articles, in file order
 * @param skipped the file itself (when nothing could be read) or its bad lines
 */
public record FileResult(List<Article> articles, List<SkippedFile> skipped) {

  /** Copies the lists. */
  public FileResult {
    articles = List.copyOf(articles);
    skipped = List.copyOf(skipped);
  }

  static FileResult skipped(SkippedFile skip) {
    return new FileResult(List.of(), List.of(skip));
  }
}
