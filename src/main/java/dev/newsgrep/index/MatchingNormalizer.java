package dev.newsgrep.index;

import java.text.Normalizer;

/**
 * Folds the ways outlets re-type the same words into one form, for matching only (never for
 * display): Unicode NFKC, every kind of space (non-breaking included) to a plain space, curly and
 * other typographic quotes and apostrophes to their ASCII forms, and dashes and minus signs to a
 * hyphen.
 *
 * <p>The folding works one unit at a time — a character with the combining marks that follow it —
 * so {@link NormalizingCharFilter} can map every output offset back to the original text: {@code e}
 * followed by a combining acute accent folds to {@code é}, as NFKC composes it.
 */
public final class MatchingNormalizer {
  /** No combining mark (general category Mn, Me or Mc) comes before U+0300. */
  static final char FIRST_COMBINING_MARK = '\u0300';

  private MatchingNormalizer() {}

  /** The folded form of a whole string. */
  public static String normalize(CharSequence text) {
    var out = new StringBuilder(text.length());
    for (int start = 0; start < text.length(); ) {
      if (foldsToItself(text, start)) {
        out.append(text.charAt(start++));
        continue;
      }
      int end = unitEnd(text, start);
      out.append(foldUnit(text, start, end));
      start = end;
    }
    return out.toString();
  }

  /**
   * Whether the character at {@code at} is a unit of its own that folds to itself: ASCII other than
   * the backtick, not followed by a combining mark. The fast path for most of any English text; the
   * same answer as {@link #unitEnd} and {@link #foldUnit} give, without their work.
   */
  static boolean foldsToItself(CharSequence text, int at) {
    char c = text.charAt(at);
    return c < 0x80
        && c != '`'
        && (at + 1 == text.length() || text.charAt(at + 1) < FIRST_COMBINING_MARK);
  }

  /** Where the unit starting at {@code start} ends: past its code point and any combining marks. */
  static int unitEnd(CharSequence text, int start) {
    int end = start + Character.charCount(Character.codePointAt(text, start));
    while (end < text.length() && isCombiningMark(Character.codePointAt(text, end))) {
      end += Character.charCount(Character.codePointAt(text, end));
    }
    return end;
  }

  /** The folded form of the unit {@code text[start, end)}. */
  static String foldUnit(CharSequence text, int start, int end) {
    int codePoint = Character.codePointAt(text, start);
    if (end == start + Character.charCount(codePoint)) {
      return fold(codePoint);
    }
    return Normalizer.normalize(text.subSequence(start, end), Normalizer.Form.NFKC);
  }

  private static boolean isCombiningMark(int codePoint) {
    int type = Character.getType(codePoint);
    return type == Character.NON_SPACING_MARK
        || type == Character.ENCLOSING_MARK
        || type == Character.COMBINING_SPACING_MARK;
  }

  /** The folded form of one code point: usually itself, sometimes one or more other characters. */
  static String fold(int codePoint) {
    switch (codePoint) {
      case '\u2018', '\u2019', '\u201A', '\u201B', '\u2032', '\u02BC', '\u0060', '\u00B4' -> {
        return "'";
      }
      case '\u201C', '\u201D', '\u201E', '\u201F', '\u2033', '\u00AB', '\u00BB' -> {
        return "\"";
      }
      case '\u2010',
          '\u2011',
          '\u2012',
          '\u2013',
          '\u2014',
          '\u2015',
          '\u2212',
          '\uFE58',
          '\uFE63',
          '\uFF0D' -> {
        return "-";
      }
      default -> {
        // fall through to the general rules below
      }
    }
    if (codePoint == '\t' || codePoint == '\n' || codePoint == '\r') {
      return Character.toString(codePoint);
    }
    if (Character.isSpaceChar(codePoint) || codePoint == '\u200B' || codePoint == '\uFEFF') {
      return " ";
    }
    String single = Character.toString(codePoint);
    if (codePoint < 0x80) {
      return single;
    }
    return Normalizer.normalize(single, Normalizer.Form.NFKC);
  }
}
