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
 * Tells cheaply whether another process may have committed to an index folder since searches last
 * caught up, from the folder's modification time: a commit adds a segments file, and that changes
 * it. One {@code stat} instead of listing the folder and reading the latest commit before every
 * search. Modification times that are recent are not trusted, as some file systems keep them in
 * whole seconds: within {@link #CLOCK_GRAIN} of a change, every look says "maybe".
 *
 * <p>A caller {@linkplain #look() looks}, refreshes its searchers if the look {@linkplain
 * #mayHaveChanged says so}, and only then {@linkplain #caughtUp confirms} the look: a refresh that
 * fails, or one still running in another thread, leaves the next look saying "maybe".
 */
final class CommitWatch {
  /** How coarse a file system's clock may be. */
  static final Duration CLOCK_GRAIN = Duration.ofSeconds(2);

  private final Path folder;
  private volatile @Nullable FileTime caughtUp;

  CommitWatch(Path folder) {
    this.folder = Objects.requireNonNull(folder);
  }

  /** The folder's modification time now, or {@code null} if it cannot be read. */
  @Nullable FileTime look() {
    try {
      return Files.getLastModifiedTime(folder);
    } catch (IOException e) {
      return null;
    }
  }

  /** Whether the folder, as {@code looked}, may hold a commit searches have not caught up with. */
  boolean mayHaveChanged(@Nullable FileTime looked) {
    return looked == null
        || !looked.equals(caughtUp)
        || looked.toInstant().isAfter(Instant.now().minus(CLOCK_GRAIN));
  }

  /** Searches now see every commit made before {@code looked} was taken. */
  void caughtUp(@Nullable FileTime looked) {
    caughtUp = looked;
  }
}
