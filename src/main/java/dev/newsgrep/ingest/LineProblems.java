package dev.newsgrep.ingest;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * The bad lines of one file (a JSON Lines feed, a manifest), gathered into a single report, so a
 * file is listed once however many of its lines are bad: {@code line 4: malformed JSON (...); line
 * 9: no "text" field}. Past {@link #MAX_LISTED} lines the rest are only counted.
 */
final class LineProblems {

  static final int MAX_LISTED = 5;

  private final List<String> listed = new ArrayList<>();
  private int count;

  void add(int lineNumber, String reason) {
    count++;
    if (listed.size() < MAX_LISTED) {
      listed.add("line " + lineNumber + ": " + reason);
    }
  }

  boolean isEmpty() {
    return count == 0;
  }

  /** One report for {@code file}, or empty when no line was bad. */
  Optional<SkippedFile> report(Path file) {
    if (count == 0) {
      return Optional.empty();
    }
    String reason = String.join("; ", listed);
    if (count > listed.size()) {
      reason +=
          String.format(Locale.ROOT, "; and %,d more bad lines", count - (long) listed.size());
    }
    return Optional.of(new SkippedFile(file, reason));
  }
}
