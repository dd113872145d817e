package dev.newsgrep.ingest;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * What can be told from a regular expression's source without running it: the longest run of
 * literal text every match contains, and whether matches can start only at the beginning of the
 * text. {@link ScreenedPattern} uses both to rule most texts out before the expression runs.
 *
 * <p>Conservative: it reads plain and escaped characters, character classes, groups (plain,
 * capturing, lookaround, {@code (?i:…)}), alternation and quantifiers, and counts a run as required
 * only where no alternation or optional quantifier could leave it out. An expression it cannot read
 * (other flags, comments, canonical equivalence) gets no required text and is never anchored.
 */
final class RegexShape {
  /** Shorter runs rule out too little to be worth looking for. */
  private static final int MIN_REQUIRED_CHARS = 3;

  /** Compile flags that leave the text a match spans, and where it starts, as the source says. */
  private static final int UNDERSTOOD_FLAGS =
      Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE | Pattern.UNICODE_CHARACTER_CLASS;

  private final String source;
  private int pos;

  /** Set when the source holds something this reader does not understand. */
  private boolean unreadable;

  private RegexShape(String source) {
    this.source = source;
  }

  /**
   * The longest run of literal text, case-folded by {@link #fold}, that the folded form of any text
   * {@code pattern} finds a match in contains; empty when none is known.
   */
  static Optional<String> requiredText(Pattern pattern) {
    if ((pattern.flags() & ~UNDERSTOOD_FLAGS) != 0) {
      return Optional.empty();
    }
    var shape = new RegexShape(pattern.pattern());
    var runs = new ArrayList<String>();
    shape.sequence(true, runs);
    if (shape.unreadable || shape.pos < shape.source.length()) {
      return Optional.empty();
    }
    return runs.stream()
        .filter(run -> run.length() >= MIN_REQUIRED_CHARS)
        .max((a, b) -> Integer.compare(a.length(), b.length()))
        .map(RegexShape::fold);
  }

  /**
   * Whether every match of {@code pattern} starts at the beginning of the text: it opens with
   * {@code ^} (not in multi-line mode) and has no alternation outside groups. For such a pattern
   * {@link java.util.regex.Matcher#lookingAt} finds what {@link java.util.regex.Matcher#find} does,
   * without trying every other start.
   */
  static boolean anchoredAtStart(Pattern pattern) {
    String source = pattern.pattern();
    if ((pattern.flags() & ~UNDERSTOOD_FLAGS) != 0
        || !source.startsWith("^")
        || (source.length() > 1 && "?*{".indexOf(source.charAt(1)) >= 0)) {
      return false;
    }
    var shape = new RegexShape(source);
    boolean alternation = shape.sequence(false, new ArrayList<>());
    return !alternation && !shape.unreadable && shape.pos == shape.source.length();
  }

  /**
   * Case folding as {@link Pattern}'s Unicode case-insensitive matching compares characters: each
   * code point's upper case, lowered. Two texts that match case-insensitively fold to equal
   * strings.
   */
  static String fold(String text) {
    var folded = new StringBuilder(text.length());
    for (int i = 0; i < text.length(); ) {
      int c = text.codePointAt(i);
      if (c < 0x80) {
        folded.append((char) (c >= 'A' && c <= 'Z' ? c + ('a' - 'A') : c));
      } else {
        folded.appendCodePoint(Character.toLowerCase(Character.toUpperCase(c)));
      }
      i += Character.charCount(c);
    }
    return folded.toString();
  }

  /**
   * Reads a sequence up to an unmatched {@code )} or the end, adding its literal runs to {@code
   * into} when {@code required} and it holds no alternation of its own.
   *
   * @return whether the sequence holds a {@code |} of its own
   */
  private boolean sequence(boolean required, List<String> into) {
    var runs = new ArrayList<String>();
    var run = new StringBuilder();
    boolean alternation = false;
    boolean lastIsLiteral = false; // whether the run's last character is the element just read
    while (pos < source.length() && !unreadable) {
      char c = source.charAt(pos);
      if (c == ')') {
        break;
      }
      pos++;
      switch (c) {
        case '|' -> {
          alternation = true;
          lastIsLiteral = end(run, runs);
        }
        case '?', '*', '+', '{' -> {
          if (c == '{') {
            skipPast('}');
          }
          if (pos < source.length() && (source.charAt(pos) == '?' || source.charAt(pos) == '+')) {
            pos++; // lazy or possessive
          }
          if (lastIsLiteral) {
            run.setLength(run.length() - 1); // the character may be absent or repeated
          }
          lastIsLiteral = end(run, runs);
        }
        case '\\' -> lastIsLiteral = escape(run, runs);
        case '[' -> {
          skipClass();
          lastIsLiteral = end(run, runs);
        }
        case '(' -> {
          lastIsLiteral = end(run, runs);
          group(required, runs);
        }
        case '.', '^', '$' -> lastIsLiteral = end(run, runs);
        default -> {
          // Only ASCII is kept in runs: its folding is plain and safe to compare.
          if (c < 0x80) {
            run.append(c);
            lastIsLiteral = true;
          } else {
            lastIsLiteral = end(run, runs);
          }
        }
      }
    }
    end(run, runs);
    if (required && !alternation) {
      into.addAll(runs);
    }
    return alternation;
  }

  /** Ends the current run, keeping it if it has any text; returns false for convenience. */
  private static boolean end(StringBuilder run, List<String> runs) {
    if (!run.isEmpty()) {
      runs.add(run.toString());
      run.setLength(0);
    }
    return false;
  }

  /** Reads an escape after its backslash; returns whether it added a literal character. */
  private boolean escape(StringBuilder run, List<String> runs) {
    if (pos >= source.length()) {
      unreadable = true;
      return false;
    }
    char c = source.charAt(pos++);
    if (c == 'Q') {
      int close = source.indexOf("\\E", pos);
      String quoted = source.substring(pos, close < 0 ? source.length() : close);
      pos = close < 0 ? source.length() : close + 2;
      boolean ascii = quoted.chars().allMatch(ch -> ch < 0x80);
      if (!ascii) {
        return end(run, runs);
      }
      run.append(quoted);
      return !quoted.isEmpty();
    }
    if (c < 0x80 && !Character.isLetterOrDigit(c)) {
      run.append(c); // escaped punctuation stands for itself
      return true;
    }
    // A class, boundary, control or code point escape: no literal; skip its argument.
    if (pos < source.length() && source.charAt(pos) == '{') {
      skipPast('}');
    } else if (c == 'p' || c == 'P' || c == 'c') {
      pos++;
    } else if (c == 'u') {
      pos += 4;
    } else if (c == 'x') {
      pos += 2;
    } else if (c == 'k') {
      skipPast('>');
    } else if (Character.isDigit(c)) {
      while (pos < source.length() && Character.isDigit(source.charAt(pos))) {
        pos++;
      }
    }
    pos = Math.min(pos, source.length());
    return end(run, runs);
  }

  /** Reads a group after its {@code (}, through its {@code )} and any quantifier. */
  private void group(boolean required, List<String> runs) {
    boolean counts = required;
    if (source.startsWith("?", pos)) {
      pos++;
      if (source.startsWith("=", pos) || source.startsWith("!", pos)) {
        pos++;
        counts = false; // a lookahead consumes nothing of the match
      } else if (source.startsWith("<=", pos) || source.startsWith("<!", pos)) {
        pos += 2;
        counts = false; // nor does a lookbehind
      } else if (source.startsWith("<", pos)) {
        skipPast('>'); // a named capture
      } else if (source.startsWith(">", pos)) {
        pos++; // an atomic group
      } else {
        int flagsEnd = pos;
        while (flagsEnd < source.length() && "iu".indexOf(source.charAt(flagsEnd)) >= 0) {
          flagsEnd++;
        }
        if (flagsEnd >= source.length() || source.charAt(flagsEnd) != ':') {
          unreadable = true; // other flags, or flags set for the rest of the pattern
          return;
        }
        pos = flagsEnd + 1;
      }
    }
    var inner = new ArrayList<String>();
    boolean alternation = sequence(true, inner);
    if (pos >= source.length() || source.charAt(pos) != ')') {
      unreadable = true;
      return;
    }
    pos++;
    boolean optional =
        pos < source.length() && "?*{".indexOf(source.charAt(pos)) >= 0; // may occur zero times
    if (counts && !alternation && !optional) {
      runs.addAll(inner);
    }
  }

  /** Skips a character class after its {@code [}, through its matching {@code ]}. */
  private void skipClass() {
    int depth = 1;
    if (source.startsWith("^", pos)) {
      pos++;
    }
    if (source.startsWith("]", pos)) {
      pos++; // a ] first in a class stands for itself
    }
    while (pos < source.length() && depth > 0) {
      char c = source.charAt(pos++);
      if (c == '\\') {
        pos++;
      } else if (c == '[') {
        depth++;
      } else if (c == ']') {
        depth--;
      }
    }
    if (depth > 0) {
      unreadable = true;
    }
    pos = Math.min(pos, source.length());
  }

  private void skipPast(char close) {
    int at = source.indexOf(close, pos);
    if (at < 0) {
      unreadable = true;
      pos = source.length();
    } else {
      pos = at + 1;
    }
  }
}
