package dev.newsgrep.attribution;

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
}
