package dev.newsgrep.ingest;

import java.nio.file.Path;
import java.util.Objects;

/**
 * A file, or one line of a JSON Lines file, that was not indexed, and why.
 *
 * @param path the file
 * @param reason one short line, for example {@code empty file} or {@code line 7: malformed JSON
 *     (...)}
 */
public record SkippedFile(Path path, String reason) {

  /** Checks the components and keeps the reason on one line. */
  public SkippedFile {
    Objects.requireNonNull(path, "path");
    reason = reason.replaceAll("\\s*\\R\\s*", " ").strip();
  }
}
