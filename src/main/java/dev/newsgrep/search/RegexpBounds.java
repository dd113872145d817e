package dev.newsgrep.search;

import org.jspecify.annotations.Nullable;

/**
 * Bounds on a regular expression in a query, checked before Lucene builds its automaton: building
 * one from repeated or nested repetition ({@code c+++}, {@code ((c)+)+}, {@code c{1,2}{1,2}}) takes
 * time exponential in their number, before Lucene's own size limit can refuse it.
 */
final class RegexpBounds {
  /** Longer expressions are refused. */
  static final int MAX_LENGTH = 200;

  /** More repetition operators ({@code * + ? {m,n}}) than this are refused. */
  static final int MAX_REPETITIONS = 10;

  private RegexpBounds() {}

  /** Why {@code regexp} is refused, or {@code null} if it is within bounds. */
  static @Nullable String problem(String regexp) {
    if (regexp.length() > MAX_LENGTH) {
      return "regular expression is longer than " + MAX_LENGTH + " characters";
    }
    int repetitions = 0;
    boolean afterRepetition = false;
    for (int i = 0; i < regexp.length(); i++) {
      char c = regexp.charAt(i);
      if (c == '\\') {
        i++;
        afterRepetition = false;
        continue;
      }
      boolean repetition = c == '*' || c == '+' || c == '?' || c == '{';
      if (repetition) {
        if (afterRepetition) {
          return "regular expression repeats a repetition at position " + (i + 1) + ": " + regexp;
        }
        if (++repetitions > MAX_REPETITIONS) {
          return "regular expression has more than " + MAX_REPETITIONS + " repetitions (* + ? {})";
        }
        if (c == '{') {
          int close = regexp.indexOf('}', i);
          i = close < 0 ? regexp.length() : close;
        }
      }
      afterRepetition = repetition;
    }
    return null;
  }
}
