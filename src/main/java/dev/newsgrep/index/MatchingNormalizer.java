package dev.newsgrep.index;

import java.text.Normalizer;

/**
 * Folds the ways outlets re-type the same words into one form, for matching only (never for
 * display): Unicode NFKC, every kind of space (non-breaking included) to a plain space, curly and
 * other typographic quotes and apostrophes to their ASCII forms, and dashes and minus signs to a
 * hyphen.
 *
 * <p>The folding works one code point at a time, so {@link NormalizingCharFilter} can map every
 * output offset back to the original text exactly.
 */
public final class MatchingNormalizer {
  private MatchingNormalizer() {}

  /** The folded form of a whole string. */
  public static String normalize(CharSequence text) {
    var out = new StringBuilder(text.length());
    for (int i = 0; i < text.length(); ) {
      int codePoint = Character.codePointAt(text, i);
      out.append(fold(codePoint));
      i += Character.charCount(codePoint);
    }
    return out.toString();
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
