package dev.newsgrep.ingest;

import java.text.BreakIterator;
import java.text.StringCharacterIterator;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Splits a paragraph longer than {@link #MAX_CHARS} into pieces no longer than that, so a file that
 * is one huge block (a scrape that lost its blank lines, a 50 MB dump) becomes many paragraphs of a
 * size people can read and a search can rank, rather than one document.
 *
 * <p>Each piece is as long as it can be within the bound and ends, in this order of preference:
 *
 * <ol>
 *   <li>at a sentence end: {@code .}, {@code ?} or {@code !}, maybe followed by closing quotes or
 *       brackets, then white space, then a capital letter or an opening quote; a full stop after an
 *       abbreviation ({@code Mr.}, {@code Sen.}, see {@code abbreviations.txt}), an initial ({@code
 *       J.}) or a dotted word ({@code U.S.}) is no sentence end;
 *   <li>else at the last line break;
 *   <li>else at the last white space;
 *   <li>else (a run of {@code MAX_CHARS} characters without white space, such as unspaced Chinese
 *       or Japanese text) at the last word boundary Unicode knows, and failing that at the bound
 *       itself, never inside a surrogate pair.
 * </ol>
 *
 * <p>The white space at a cut belongs to neither piece; every piece is an exact substring of the
 * paragraph, as printed, so users read the original text.
 */
final class LongParagraphs {

  /**
   * The longest paragraph kept whole, in UTF-16 code units (Java {@code char}s): about 1,600 words,
   * several times the longest paragraphs real articles print.
   */
  static final int MAX_CHARS = 10_000;

  private static final Set<String> ABBREVIATIONS =
      DataFile.load("abbreviations.txt").stream()
          .map(row -> row.cell(0).strip())
          .collect(Collectors.toUnmodifiableSet());

  private LongParagraphs() {}

  /**
   * Adds the paragraph {@code text.substring(start, end)} to {@code out}: whole if it is at most
   * {@link #MAX_CHARS} long, else in pieces. The range must be trimmed (no white space at either
   * end).
   */
  static void split(String text, int start, int end, List<String> out) {
    split(text, start, end, MAX_CHARS, out);
  }

  static void split(String text, int start, int end, int maxChars, List<String> out) {
    int from = start;
    while (end - from > maxChars) {
      int limit = from + maxChars;
      int cut = lastSentenceEnd(text, from, limit, end);
      if (cut < 0) {
        cut = text.lastIndexOf('\n', limit);
        cut = cut > from ? cut : -1;
      }
      if (cut < 0) {
        cut = lastSpace(text, from, limit);
      }
      if (cut < 0) {
        cut = lastWordBoundary(text, from, limit);
      }
      int pieceEnd = cut;
      while (pieceEnd > from && Paragraphs.isSpace(text.charAt(pieceEnd - 1))) {
        pieceEnd--;
      }
      out.add(text.substring(from, pieceEnd));
      from = cut;
      while (from < end && Paragraphs.isSpace(text.charAt(from))) {
        from++;
      }
    }
    if (from < end) {
      out.add(text.substring(from, end));
    }
  }

  /**
   * The index of the white space after the last sentence end in {@code (from, limit]}, or -1. The
   * piece before it is then at most {@code limit - from} long.
   */
  private static int lastSentenceEnd(String text, int from, int limit, int end) {
    for (int space = limit; space > from + 1; space--) {
      if (Paragraphs.isSpace(text.charAt(space))
          && !Paragraphs.isSpace(text.charAt(space - 1))
          && endsSentence(text, from, space)
          && opensSentence(text, space, end)) {
        return space;
      }
    }
    return -1;
  }

  /** Whether the text before {@code space} ends with a sentence's final punctuation. */
  private static boolean endsSentence(String text, int from, int space) {
    int mark = space - 1;
    while (mark > from && isCloser(text.charAt(mark))) {
      mark--;
    }
    char c = text.charAt(mark);
    if (c == '?' || c == '!') {
      return true;
    }
    return c == '.' && !isAbbreviation(text, from, mark);
  }

  /** Whether the word before the full stop at {@code dot} is an abbreviation or an initial. */
  private static boolean isAbbreviation(String text, int from, int dot) {
    int wordStart = dot;
    while (wordStart > from
        && (Character.isLetter(text.charAt(wordStart - 1)) || text.charAt(wordStart - 1) == '.')) {
      wordStart--;
    }
    String word = text.substring(wordStart, dot);
    if (word.isEmpty()) {
      return false;
    }
    return (word.length() == 1 && Character.isUpperCase(word.charAt(0)))
        || word.indexOf('.') >= 0
        || ABBREVIATIONS.contains(word);
  }

  /** Whether the first character after the white space at {@code space} starts a sentence. */
  private static boolean opensSentence(String text, int space, int end) {
    int next = space;
    while (next < end && Paragraphs.isSpace(text.charAt(next))) {
      next++;
    }
    if (next >= end) {
      return false;
    }
    int c = text.codePointAt(next);
    return Character.isUpperCase(c) || Character.isTitleCase(c) || isOpener(c);
  }

  private static boolean isCloser(char c) {
    return c == '"' || c == '\'' || c == '”' || c == '’' || c == ')' || c == ']' || c == '»';
  }

  private static boolean isOpener(int c) {
    return c == '"' || c == '\'' || c == '“' || c == '‘' || c == '«' || c == '(' || c == '[';
  }

  private static int lastSpace(String text, int from, int limit) {
    for (int i = limit; i > from; i--) {
      if (Paragraphs.isSpace(text.charAt(i))) {
        return i;
      }
    }
    return -1;
  }

  /** The last word boundary in {@code (from, limit]}, else {@code limit} off a surrogate pair. */
  private static int lastWordBoundary(String text, int from, int limit) {
    BreakIterator words = BreakIterator.getWordInstance(Locale.ROOT);
    words.setText(new StringCharacterIterator(text, from, limit + 1, from));
    int boundary = words.preceding(limit + 1);
    if (boundary != BreakIterator.DONE && boundary > from) {
      return boundary;
    }
    boolean insidePair =
        Character.isLowSurrogate(text.charAt(limit))
            && Character.isHighSurrogate(text.charAt(limit - 1));
    return insidePair ? limit - 1 : limit;
  }
}
