package dev.newsgrep.ingest;

import java.nio.file.Path;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The article ids one reader has handed out, and from which file, so that two files holding an
 * article with one id (a JSON Lines record and a {@code .txt} file, or records in two feeds) are
 * reported instead of the later silently replacing the earlier in the index. Thread-safe.
 */
final class ArticleIdClaims {

  private final ConcurrentHashMap<String, Path> holders = new ConcurrentHashMap<>();

  /**
   * Claims {@code id} for {@code file}.
   *
   * @return empty if the id is now (or already was) {@code file}'s, else the other file holding it
   */
  Optional<Path> claim(String id, Path file) {
    Path holder = holders.putIfAbsent(id, file);
    return holder == null || holder.equals(file) ? Optional.empty() : Optional.of(holder);
  }

  /** The reason an article with {@code id} is not indexed, its id being held by {@code holder}. */
  static String duplicate(String id, Path holder) {
    return "duplicate article id " + id + " (already read from " + holder + ")";
  }
}
