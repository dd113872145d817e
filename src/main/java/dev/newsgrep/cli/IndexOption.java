package dev.newsgrep.cli;

import dev.newsgrep.IndexLockedException;
import dev.newsgrep.IndexProgress;
import dev.newsgrep.IndexStatus;
import dev.newsgrep.NewsIndex;
import dev.newsgrep.NewsgrepException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import org.jspecify.annotations.Nullable;
import picocli.CommandLine.Option;

/**
 * The {@code --index DIR} option every command takes, and where the index is when it is not given:
 * {@code $NEWSGREP_INDEX}, else the project's {@code index/}, kept in sync with its {@code seeds/}.
 */
final class IndexOption {
  /** How long a search waits for another process that is building the default index. */
  private static final Duration SYNC_WAIT = Duration.ofSeconds(60);

  @Option(
      names = "--index",
      paramLabel = "DIR",
      description = "The index folder (default: $NEWSGREP_INDEX, else the project's index/).")
  @Nullable Path index;

  /** The index folder this run uses. */
  Path folder(NewsgrepCommand top) {
    if (index != null) {
      return index;
    }
    String fromEnvironment = top.environment().get("NEWSGREP_INDEX");
    if (fromEnvironment != null && !fromEnvironment.isBlank()) {
      return Path.of(fromEnvironment);
    }
    return top.home().resolve("index");
  }

  /**
   * Opens the index for searching. The project's default index is first built from, or brought up
   * to date with, the project's {@code seeds/} folder.
   */
  NewsIndex openForSearch(NewsgrepCommand top, PrintWriter err) {
    Path folder = folder(top);
    if (usesProjectDefault(top)) {
      syncSeeds(folder, top.home().resolve("seeds"), err);
    }
    return NewsIndex.openForOneRun(folder);
  }

  /**
   * Indexes the project's seeds when they changed. Another newsgrep may be doing the same at this
   * moment (two first searches at once): then wait for it, and use what it indexed.
   */
  private static void syncSeeds(Path folder, Path seeds, PrintWriter err) {
    long deadline = System.nanoTime() + SYNC_WAIT.toNanos();
    boolean told = false;
    while (Files.isDirectory(seeds)) {
      IndexStatus status = IndexStatus.of(folder);
      // The default index is build output: rebuilt when another build of newsgrep wrote it.
      boolean outdated = !status.isCurrentVersion() || !status.isFromThisBuild();
      if (!outdated && !status.needsSync(seeds)) {
        return;
      }
      try (NewsIndex writable = outdated ? NewsIndex.recreate(folder) : NewsIndex.open(folder)) {
        if (!told) {
          err.println(
              "newsgrep: indexing "
                  + seeds
                  + " into "
                  + folder
                  + (outdated ? " (written by another newsgrep build: rebuilt)" : "")
                  + " …");
          err.flush();
          told = true;
        }
        writable.syncFolder(seeds, IndexProgress.NONE);
        return;
      } catch (IndexLockedException busy) {
        if (System.nanoTime() > deadline) {
          throw busy;
        }
        pause();
      }
    }
  }

  private static void pause() {
    try {
      Thread.sleep(100);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new NewsgrepException("interrupted while waiting for the index", e);
    }
  }

  private boolean usesProjectDefault(NewsgrepCommand top) {
    String fromEnvironment = top.environment().get("NEWSGREP_INDEX");
    return index == null && (fromEnvironment == null || fromEnvironment.isBlank());
  }
}
