package dev.newsgrep.ingest;

import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * A regular expression that rules a text out cheaply before it runs: by a run of literal text every
 * match contains, looked for in the text's case-folded copy, and by trying an expression anchored
 * at the start there only. Finds exactly what {@link Matcher#find} on the pattern finds; only
 * faster, since most paragraphs match none of the many data-file patterns they are tried against.
 * Immutable and thread-safe.
 */
final class ScreenedPattern {

  /** A text to search, with the case-folded copy that screening looks in: make it once per text. */
  record Text(String text, String folded) {
    /** {@code text} and its folded copy. */
    static Text of(String text) {
      return new Text(text, RegexShape.fold(text));
    }
  }

  private final Pattern pattern;
  private final @Nullable String required;
  private final boolean anchored;

  private ScreenedPattern(Pattern pattern) {
    this.pattern = pattern;
    this.required = RegexShape.requiredText(pattern).orElse(null);
    this.anchored = RegexShape.anchoredAtStart(pattern);
  }

  /** {@code pattern} with the screens its source allows. */
  static ScreenedPattern of(Pattern pattern) {
    return new ScreenedPattern(pattern);
  }

  /** Whether the pattern matches somewhere in {@code text}, as {@link Matcher#find} tells. */
  boolean find(Text text) {
    if (required != null && !text.folded().contains(required)) {
      return false;
    }
    Matcher matcher = pattern.matcher(text.text());
    return anchored ? matcher.lookingAt() : matcher.find();
  }

  /** The pattern. */
  Pattern pattern() {
    return pattern;
  }
}
