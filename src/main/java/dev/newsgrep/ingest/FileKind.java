package dev.newsgrep.ingest;

import java.nio.file.Path;
import java.util.Locale;
import java.util.Optional;

/** The kinds of article file the scanner takes, told apart by file name extension. */
enum FileKind {
  /** One article: headline, blank line, paragraphs separated by blank lines. */
  PLAIN_TEXT(".txt"),
  /** One JSON object per line, one article each. */
  JSON_LINES(".jsonl");

  private final String extension;

  FileKind(String extension) {
    this.extension = extension;
  }

  static Optional<FileKind> of(Path path) {
    String name = fileName(path).toLowerCase(Locale.ROOT);
    for (FileKind kind : values()) {
      if (name.endsWith(kind.extension) && name.length() > kind.extension.length()) {
        return Optional.of(kind);
      }
    }
    return Optional.empty();
  }

  /** The file name without its article extension, or the whole name if it has none. */
  static String stem(Path path) {
    String name = fileName(path);
    return of(path)
        .map(kind -> name.substring(0, name.length() - kind.extension.length()))
        .orElse(name);
  }

  static String fileName(Path path) {
    Path name = path.getFileName();
    return name == null ? path.toString() : name.toString();
  }
}
