package dev.newsgrep.attribution;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;

/**
 * Reads a sample article the simple way, for tests only: blocks split on blank lines, trimmed,
 * empty ones dropped; the first block is the headline (paragraph 0).
 */
final class SimpleArticleReader {
  private SimpleArticleReader() {}

  static List<String> paragraphs(Path file) throws IOException {
    String text = Files.readString(file, StandardCharsets.UTF_8).replace("\r\n", "\n");
    return Arrays.stream(text.split("\n[ \t]*\n"))
        .map(String::strip)
        .filter(s -> !s.isEmpty())
        .toList();
  }
}
