package dev.newsgrep;

/** The index is being written by another process; only one may write at a time. */
public final class IndexLockedException extends NewsgrepException {
  private static final long serialVersionUID = 1L;

  /** The index at {@code folder} is locked by another writer. */
  public IndexLockedException(String folder) {
    super(
        "index "
            + folder
            + " is being written by another newsgrep process; try again when it ends");
  }
}
