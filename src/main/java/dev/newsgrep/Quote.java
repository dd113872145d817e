package dev.newsgrep;

import java.util.Optional;

/**
 * A quoted stretch of a paragraph and who said it: {@code text.substring(start, end)} is the quoted
 * words, without the quotation marks. An embedded post or statement reproduced without marks is a
 * quote of the whole paragraph.
 *
 * @param start offset of the first quoted character, in UTF-16 code units
 * @param end offset just past the last quoted character
 * @param speaker the full name of the person quoted, or empty when the quote is unattributed
 */
public record Quote(int start, int end, Optional<String> speaker) {
  /** Checks the span. */
  public Quote {
    if (start < 0 || end < start) {
      throw new IllegalArgumentException("bad quote span [" + start + ", " + end + ")");
    }
  }

  /** The quoted words of {@code paragraphText}. */
  public String in(String paragraphText) {
    return paragraphText.substring(start, Math.min(end, paragraphText.length()));
  }
}
