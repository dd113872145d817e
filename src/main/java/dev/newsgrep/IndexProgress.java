package dev.newsgrep;

import java.nio.file.Path;

/**
 * Hears how an indexing run goes, for progress bars and logs. Calls may come from several threads,
 * one at a time. Every method does nothing unless overridden.
 */
public interface IndexProgress {
  /** Does nothing. */
  IndexProgress NONE = new IndexProgress() {};

  /** The run found {@code files} article files to read. */
  default void filesFound(int files) {}

  /** One file was read and its {@code articles} articles indexed. */
  default void fileIndexed(Path file, int articles) {}

  /** One file, or part of one, was not indexed. */
  default void skipped(SkippedInput skipped) {}

  /**
   * Asked before each file: whether the run should stop now (on Ctrl-C, say). A stopped run
   * finishes the files it is reading and commits what it indexed.
   */
  default boolean stopRequested() {
    return false;
  }
}
