package dev.newsgrep.attribution;

import java.util.Optional;

/**
 * One quoted stretch of a paragraph and who said it.
 *
 * <pre>{@code
 * // paragraph: "We will vote no," Miller said.
 * new AttributedQuote(1, 15, Optional.of("Jane Miller"))   // "We will vote no"
 * }</pre>
 *
 * @param start offset (UTF-16) in the paragraph text of the quoted words' first character, the
 *     quote marks left out; for a statement reproduced without marks (an embedded tweet), the start
 *     of the paragraph's trimmed text
 * @param end offset just past the quoted words (exclusive); white space and a comma that only
 *     punctuates the surrounding sentence ({@code "...,"}) are left out
 * @param speaker the speaker's canonical full name, or empty if the quote is attributed to no one
 *     named (a spokeswoman, an unresolved pronoun) or to nothing
 */
public record AttributedQuote(int start, int end, Optional<String> speaker) {

  /**
   * Checks the span.
   *
   * @throws IllegalArgumentException if {@code start} is negative or after {@code end}
   */
  public AttributedQuote {
    if (start < 0 || end < start) {
      throw new IllegalArgumentException("bad quote span [" + start + ", " + end + ")");
    }
  }

  /** The quoted words of {@code paragraph}, the text this quote was found in. */
  public String text(String paragraph) {
    return paragraph.substring(start, end);
  }
}
