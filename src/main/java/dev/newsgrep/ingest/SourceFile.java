package dev.newsgrep.ingest;

import java.nio.file.Path;
import java.util.Objects;

/**
 * A file found by {@link CorpusScanner} that {@link ArticleFileReader} will read.
 *
 * @param path the file ({@code .txt} holds one article, {@code .jsonl} one article per line)
 * @param root the folder given to the scan that holds it, or the file's own folder when the file
 *     was named directly
 * @param articleId the id of the article a {@code .txt} file holds, or for a {@code .jsonl} file
 *     the prefix of the ids given to records without one
 * @param metadata what the folder's {@code manifest.tsv} says about the file, or {@link
 *     ArticleMetadata#NONE}
 */
public record SourceFile(Path path, Path root, String articleId, ArticleMetadata metadata) {

  /** Checks the components. */
  public SourceFile {
    Objects.requireNonNull(path, "path");
    Objects.requireNonNull(root, "root");
    Objects.requireNonNull(metadata, "metadata");
    if (articleId.isBlank()) {
      throw new IllegalArgumentException("article id is blank");
    }
  }

  /** A file with no manifest metadata, its id the file name without extension. */
  public static SourceFile of(Path path) {
    Path parent = path.toAbsolutePath().getParent();
    return new SourceFile(
        path, parent == null ? path : parent, FileKind.stem(path), ArticleMetadata.NONE);
  }
}
