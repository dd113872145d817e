package dev.newsgrep.ingest;

import java.util.ArrayList;
import java.util.List;

/**
 * Splits text into blocks separated by blank lines, the paragraph layout of plain-text news files.
 *
 * <p>One or more blank lines separate blocks; a line holding only white space (including no-break
 * spaces) counts as blank. Single line breaks inside a block stay, as printed. {@code CRLF} and
 * {@code CR} become {@code LF}. Each block is trimmed; empty blocks are dropped.
 */
final class Paragraphs {

  private Paragraphs() {}

  static List<String> split(String text) {
    String normalized = normalizeLineBreaks(text);
    var blocks = new ArrayList<String>();
    var block = new StringBuilder();
    for (String line : normalized.split("\n", -1)) {
      if (isBlank(line)) {
        addTrimmed(blocks, block);
        block.setLength(0);
      } else {
        if (!block.isEmpty()) {
          block.append('\n');
        }
        block.append(line);
      }
    }
    addTrimmed(blocks, block);
    return blocks;
  }

  static String normalizeLineBreaks(String text) {
    return text.replace("\r\n", "\n").replace('\r', '\n');
  }

  static boolean isBlank(CharSequence text) {
    return trim(text).isEmpty();
  }

  /** Strips white space at both ends, counting no-break spaces and the byte-order mark as space. */
  static String trim(CharSequence text) {
    int start = 0;
    int end = text.length();
    while (start < end && isSpace(text.charAt(start))) {
      start++;
    }
    while (end > start && isSpace(text.charAt(end - 1))) {
      end--;
    }
    return text.subSequence(start, end).toString();
  }

  /** The number of white-space separated tokens holding a letter or digit. */
  static int wordCount(String text) {
    int words = 0;
    for (String token : text.split("[\\s\\u00A0]+")) {
      if (token.codePoints().anyMatch(Character::isLetterOrDigit)) {
        words++;
      }
    }
    return words;
  }

  private static void addTrimmed(List<String> blocks, CharSequence block) {
    String trimmed = trim(block);
    if (!trimmed.isEmpty()) {
      blocks.add(trimmed);
    }
  }

  private static boolean isSpace(char c) {
    return Character.isWhitespace(c) || Character.isSpaceChar(c) || c == '\uFEFF';
  }
}
