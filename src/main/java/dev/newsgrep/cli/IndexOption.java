package dev.newsgrep.cli;

import dev.newsgrep.IndexProgress;
import dev.newsgrep.NewsIndex;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import org.jspecify.annotations.Nullable;
import picocli.CommandLine.Option;

/**
 * The {@code --index DIR} option every command takes, and where the index is when it is not given:
 * {@code $NEWSGREP_INDEX}, else the project's {@code index/}, kept in sync with its {@code seeds/}.
 */
final class IndexOption {
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
      Path seeds = top.home().resolve("seeds");
      if (Files.isDirectory(seeds) && NewsIndex.needsSync(folder, seeds)) {
        err.println("newsgrep: indexing " + seeds + " into " + folder + " …");
        err.flush();
        try (NewsIndex writable = NewsIndex.open(folder)) {
          writable.syncFolder(seeds, IndexProgress.NONE);
        }
      }
    }
    return NewsIndex.openReadOnly(folder);
  }

  private boolean usesProjectDefault(NewsgrepCommand top) {
    String fromEnvironment = top.environment().get("NEWSGREP_INDEX");
    return index == null && (fromEnvironment == null || fromEnvironment.isBlank());
  }
}
