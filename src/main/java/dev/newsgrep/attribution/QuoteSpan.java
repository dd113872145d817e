package dev.newsgrep.attribution;

import java.util.Optional;
import java.util.regex.Pattern;

/**
 * A stretch of a paragraph between quotation marks.
 *
 * @param start index of the opening mark
 * @param end index just past the closing mark, or the paragraph's length when the quote runs on
 *     into the next paragraph
 * @param closed whether a closing mark was found
 * @param title whether the span is the title of a show or publication ({@code NBC's "Evening
 *     Report"}) rather than anyone's words
 */
record QuoteSpan(int start, int end, boolean closed, boolean title) {
  private static final Pattern SPACES = Pattern.compile("\\s+");

  /** Quotes of at most this many words that nothing attributes are read as scare quotes. */
  private static final int MAX_SCARE_QUOTE_WORDS = 4;

  /** The quoted words, without the marks. */
  String inner(String paragraph) {
    int from = Math.min(start + 1, end);
    int to = closed ? Math.max(from, end - 1) : end;
    return paragraph.substring(from, to);
  }

  /** Whether the quoted words end a sentence ({@code "... it."}), not a clause ({@code "...,"}). */
  boolean endsSentence(String paragraph) {
    String inner = inner(paragraph).strip();
    int i = inner.length() - 1;
    while (i >= 0 && "'’\"”".indexOf(inner.charAt(i)) >= 0) {
      i--;
    }
    return i >= 0 && ".!?…".indexOf(inner.charAt(i)) >= 0;
  }

  /**
   * Whether the quoted words end with a full stop ({@code "... it."}), not {@code ?} or {@code !}.
   */
  boolean endsWithFullStop(String paragraph) {
    String inner = inner(paragraph).strip();
    int i = inner.length() - 1;
    while (i >= 0 && "'’\"”".indexOf(inner.charAt(i)) >= 0) {
      i--;
    }
    return i >= 0 && inner.charAt(i) == '.' && !inner.endsWith("..");
  }

  /**
   * The quoted words as an {@link AttributedQuote}: inside the marks, without surrounding white
   * space or a trailing comma, which punctuates the sentence around the quote ({@code "...," she
   * said}).
   */
  AttributedQuote words(String paragraph, Optional<String> speaker) {
    int from = Math.min(start + 1, end);
    int to = closed ? Math.max(from, end - 1) : end;
    while (from < to && Character.isWhitespace(paragraph.charAt(from))) {
      from++;
    }
    while (from < to
        && (Character.isWhitespace(paragraph.charAt(to - 1)) || paragraph.charAt(to - 1) == ',')) {
      to--;
    }
    return new AttributedQuote(from, to, speaker);
  }

  /**
   * Whether, when nothing attributes it, the span reads as a scare quote or a quoted term rather
   * than anyone's words: a few words that do not end a sentence ({@code the so-called "deal"}).
   */
  boolean scareQuote(String paragraph) {
    String inner = inner(paragraph).strip();
    return !endsSentence(paragraph)
        && (inner.isEmpty() || SPACES.split(inner).length <= MAX_SCARE_QUOTE_WORDS);
  }
}
