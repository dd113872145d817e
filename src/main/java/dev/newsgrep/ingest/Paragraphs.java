package dev.newsgrep.ingest;

import java.util.ArrayList;
import java.util.List;

/**
 * Splits text into blocks separated by blank lines, the paragraph layout of plain-text news files.
 *
 * <p>One or more blank lines separate blocks; a line holding only white space (including no-break
 * spaces) counts as blank. Single line breaks inside a block stay, as printed. {@code CRLF} and
 * {@code CR} become {@code LF}. Each block is trimmed; empty blocks are dropped. A block longer
 * than {@link LongParagraphs#MAX_CHARS} becomes several paragraphs (see {@link LongParagraphs}).
 *
 * <p>Blocks are found as ranges of the text and copied once, so a file of one huge block is not
 * held in memory several times over.
 */
final class Paragraphs {

  /** A trimmed, non-empty block of a text: {@code text.substring(start, end)}. */
  record Block(int start, int end) {
    int length() {
      return end - start;
    }
  }

  private Paragraphs() {}

  /** The paragraphs of {@code text}: its blocks, long ones split. */
  static List<String> split(String text) {
    String normalized = normalizeLineBreaks(text);
    var paragraphs = new ArrayList<String>();
    for (Block block : blocks(normalized)) {
      LongParagraphs.split(normalized, block.start(), block.end(), paragraphs);
    }
    return paragraphs;
  }

  /**
   * The blocks of {@code text}, whose line breaks must already be {@code LF} ({@link
   * #normalizeLineBreaks}).
   */
  static List<Block> blocks(String text) {
    var blocks = new ArrayList<Block>();
    int blockStart = -1;
    int blockEnd = -1;
    int lineStart = 0;
    while (lineStart <= text.length()) {
      int lineEnd = text.indexOf('\n', lineStart);
      if (lineEnd < 0) {
        lineEnd = text.length();
      }
      if (isBlank(text, lineStart, lineEnd)) {
        addTrimmed(text, blockStart, blockEnd, blocks);
        blockStart = -1;
      } else {
        if (blockStart < 0) {
          blockStart = lineStart;
        }
        blockEnd = lineEnd;
      }
      lineStart = lineEnd + 1;
    }
    addTrimmed(text, blockStart, blockEnd, blocks);
    return blocks;
  }

  static String normalizeLineBreaks(String text) {
    // String.replace returns the string itself when there is nothing to replace: no copy.
    return text.replace("\r\n", "\n").replace('\r', '\n');
  }

  static boolean isBlank(CharSequence text) {
    return isBlank(text, 0, text.length());
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
  static int wordCount(CharSequence text) {
    return countWords(text, Integer.MAX_VALUE);
  }

  /** Whether {@code text} holds more than {@code limit} words; stops counting past the limit. */
  static boolean hasMoreWordsThan(CharSequence text, int limit) {
    return countWords(text, limit) > limit;
  }

  /**
   * Counts words as {@code text.split("[\\s\\u00A0]+")} tokens holding a letter or digit would,
   * without building the tokens, and stops once past {@code limit}.
   */
  private static int countWords(CharSequence text, int limit) {
    int words = 0;
    boolean inWord = false;
    for (int i = 0; i < text.length() && words <= limit; ) {
      int c = Character.codePointAt(text, i);
      i += Character.charCount(c);
      if (isWordSeparator(c)) {
        inWord = false;
      } else if (!inWord && Character.isLetterOrDigit(c)) {
        inWord = true;
        words++;
      }
    }
    return words;
  }

  /**
   * Each run of {@code [\s\u00A0]} made one plain space, as {@code text.replaceAll("[\\s\\u00A0]+",
   * " ")} would; {@code text} itself when it has nothing to change, which is most paragraphs, so
   * the common case copies nothing.
   */
  static String collapseSpaces(String text) {
    int first = firstSpaceToChange(text);
    if (first < 0) {
      return text;
    }
    var out = new StringBuilder(text.length()).append(text, 0, first);
    boolean inRun = false;
    for (int i = first; i < text.length(); i++) {
      char c = text.charAt(i);
      if (!isWordSeparator(c)) {
        out.append(c);
        inRun = false;
      } else if (!inRun) {
        out.append(' ');
        inRun = true;
      }
    }
    return out.toString();
  }

  /** Where the first separator that is not a lone plain space is, or -1 if there is none. */
  private static int firstSpaceToChange(String text) {
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (isWordSeparator(c)
          && (c != ' ' || (i + 1 < text.length() && isWordSeparator(text.charAt(i + 1))))) {
        return i;
      }
    }
    return -1;
  }

  /** The separators of {@code [\s\u00A0]}: ASCII white space and the no-break space. */
  private static boolean isWordSeparator(int c) {
    return c == ' ' || (c >= '\t' && c <= '\r') || c == '\u00A0';
  }

  private static void addTrimmed(String text, int start, int end, List<Block> blocks) {
    if (start < 0) {
      return;
    }
    while (start < end && isSpace(text.charAt(start))) {
      start++;
    }
    while (end > start && isSpace(text.charAt(end - 1))) {
      end--;
    }
    if (start < end) {
      blocks.add(new Block(start, end));
    }
  }

  private static boolean isBlank(CharSequence text, int start, int end) {
    for (int i = start; i < end; i++) {
      if (!isSpace(text.charAt(i))) {
        return false;
      }
    }
    return true;
  }

  static boolean isSpace(char c) {
    return Character.isWhitespace(c) || Character.isSpaceChar(c) || c == '\uFEFF';
  }
}
