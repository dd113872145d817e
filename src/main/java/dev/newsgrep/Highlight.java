package dev.newsgrep;

/**
 * A matched stretch of a paragraph's text: {@code text.substring(start, end)} is what matched.
 * Offsets count UTF-16 code units, as {@link String} and JavaScript do.
 *
 * @param start offset of the first matched character
 * @param end offset just past the last matched character
 */
public record Highlight(int start, int end) {
  /** Checks that the span is not empty or reversed. */
  public Highlight {
    if (start < 0 || end <= start) {
      throw new IllegalArgumentException("bad highlight span [" + start + ", " + end + ")");
    }
  }
}
