package dev.newsgrep.index;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Duration;
import java.time.Instant;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * Tells cheaply whether another process may have committed to an index folder since the last look,
 * from the folder's modification time: a commit adds a segments file, and that changes it. One
 * {@code stat} instead of listing the folder and reading the latest commit before every search.
 * Modification times that are recent are not trusted, as some file systems keep them in whole
 * seconds: within {@link #CLOCK_GRAIN} of a change, every look says "maybe".
 */
final class CommitWatch {
  /** How coarse a file system's clock may be. */
  static final Duration CLOCK_GRAIN = Duration.ofSeconds(2);

  private final Path folder;
  private @Nullable FileTime seen;

  CommitWatch(Path folder) {
    this.folder = Objects.requireNonNull(folder);
  }

  /**
   * Whether the folder may hold a commit newer than at the previous call; {@code true} on the first
   * call, and whenever in doubt.
   */
  synchronized boolean mayHaveChanged() {
    FileTime modified;
    try {
      modified = Files.getLastModifiedTime(folder);
    } catch (IOException e) {
      return true;
    }
    boolean recent = modified.toInstant().isAfter(Instant.now().minus(CLOCK_GRAIN));
    boolean unchanged = modified.equals(seen) && !recent;
    seen = modified;
    return !unchanged;
  }
}
