package dev.newsgrep.attribution;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Finds the quoted spans of a paragraph: straight and curly double quotes, and single quotes used
 * as quotation marks. Apostrophes ({@code It’s}, {@code ’em}, {@code Brown’s}, {@code players'})
 * are never taken for quote marks. Only outermost spans are returned; a quote left open runs to the
 * paragraph's end, unless a closing ’ after a word ends a quote opened with “ that no ” closes.
 * Short title-case spans right after a possessive or a cue word ({@code NBC's "Evening Report"},
 * {@code the show "Sunday Forum"}) are flagged as titles.
 */
final class QuoteFinder {
  private static final Pattern TRAILING_PUNCTUATION = Pattern.compile("[,.;:!?]+$");
  private static final Pattern SPACES = Pattern.compile("\\s+");

  private static final int MAX_TITLE_WORDS = 4;
  private static final Set<String> TITLE_SMALL_WORDS =
      Set.of("the", "of", "and", "a", "an", "in", "on", "to", "for", "with", "at", "or", "&");

  private enum Mark {
    OPEN_DOUBLE,
    CLOSE_DOUBLE,
    EITHER_DOUBLE,
    OPEN_SINGLE,
    CLOSE_SINGLE,
    NONE
  }

  private record Open(boolean doubleMark, int position, boolean straight) {}

  private final Lexicon lexicon;

  QuoteFinder(Lexicon lexicon) {
    this.lexicon = lexicon;
  }

  /** The quoted spans of {@code text}, in order, not overlapping. */
  List<QuoteSpan> find(String text) {
    var spans = new ArrayList<QuoteSpan>();
    Deque<Open> stack = new ArrayDeque<>();
    int lastCurlyClose = text.lastIndexOf('”');
    for (int i = 0; i < text.length(); i++) {
      Mark mark = classify(text, i);
      if (mark == Mark.NONE) {
        continue;
      }
      boolean straight = text.charAt(i) == '"' || text.charAt(i) == '\'';
      switch (mark) {
        case OPEN_DOUBLE -> {
          if (stack.size() == 1 && stack.peekLast().doubleMark()) {
            // A new quote opening inside an open one: the first ran on without its closing mark,
            // as when one speaker's quoted paragraphs follow each other.
            spans.add(span(text, stack.pollLast().position(), i, false));
          }
          stack.addLast(new Open(true, i, straight));
        }
        case EITHER_DOUBLE -> {
          if (stack.stream().anyMatch(Open::doubleMark)) {
            close(stack, true, i, text, spans);
          } else {
            stack.addLast(new Open(true, i, straight));
          }
        }
        case CLOSE_DOUBLE -> close(stack, true, i, text, spans);
        case OPEN_SINGLE -> {
          if (!straight || hasLaterClosingStraightSingle(text, i)) {
            stack.addLast(new Open(false, i, straight));
          }
        }
        case CLOSE_SINGLE -> {
          if (!stack.isEmpty() && !stack.peekLast().doubleMark()) {
            close(stack, false, i, text, spans);
          } else if (i > lastCurlyClose && closesCurlyDouble(text, i, stack)) {
            close(stack, true, i, text, spans);
          }
        }
        default -> {}
      }
    }
    if (!stack.isEmpty()) {
      Open first = stack.peekFirst();
      if (first.doubleMark() || !first.straight()) {
        spans.add(span(text, first.position(), text.length(), false));
      }
    }
    return spans;
  }

  /**
   * Whether the ’ at i closes a quote opened with “ that no ” closes: outlets sometimes print
   * {@code “an open question’ soon after}. The mark follows a word and is followed by no letter, so
   * it is not an apostrophe ({@code Lee’s}); after an s and before a lower-case word it is taken
   * for a plural possessive ({@code the players’ union}).
   */
  private static boolean closesCurlyDouble(String text, int i, Deque<Open> stack) {
    if (text.charAt(i) != '’' || stack.size() != 1 || !letterAt(text, i - 1)) {
      return false;
    }
    Open open = stack.peekLast();
    if (!open.doubleMark() || text.charAt(open.position()) != '“') {
      return false;
    }
    boolean pluralPossessive =
        Character.toLowerCase(text.charAt(i - 1)) == 's'
            && i + 2 < text.length()
            && text.charAt(i + 1) == ' '
            && Character.isLowerCase(text.charAt(i + 2));
    return !pluralPossessive;
  }

  private void close(
      Deque<Open> stack, boolean doubleMark, int i, String text, List<QuoteSpan> out) {
    if (stack.isEmpty()) {
      return; // a closing mark with no opening one: a stray mark, or a quote begun elsewhere
    }
    boolean matched = stack.stream().anyMatch(o -> o.doubleMark() == doubleMark);
    if (matched) {
      while (!stack.isEmpty() && stack.peekLast().doubleMark() != doubleMark) {
        stack.pollLast();
      }
    }
    // Unmatched: a mismatched pair such as ‘...” closes the innermost open quote.
    Open open = stack.pollLast();
    if (stack.isEmpty()) {
      out.add(span(text, open.position(), i + 1, true));
    }
  }

  private QuoteSpan span(String text, int start, int end, boolean closed) {
    int trimmedEnd = end;
    while (!closed
        && trimmedEnd > start + 1
        && Character.isWhitespace(text.charAt(trimmedEnd - 1))) {
      trimmedEnd--;
    }
    var plain = new QuoteSpan(start, trimmedEnd, closed, false);
    return closed && looksLikeTitle(text, plain)
        ? new QuoteSpan(start, trimmedEnd, true, true)
        : plain;
  }

  private boolean looksLikeTitle(String text, QuoteSpan span) {
    String inner = TRAILING_PUNCTUATION.matcher(span.inner(text).strip()).replaceAll("");
    String[] words = SPACES.split(inner);
    if (inner.isEmpty() || words.length > MAX_TITLE_WORDS || !startsUpper(words[0])) {
      return false;
    }
    for (String word : words) {
      if (!startsUpper(word) && !TITLE_SMALL_WORDS.contains(Lexicon.lower(word))) {
        return false;
      }
    }
    int j = span.start() - 1;
    while (j >= 0 && Character.isWhitespace(text.charAt(j))) {
      j--;
    }
    int wordEnd = j + 1;
    while (j >= 0 && !Character.isWhitespace(text.charAt(j))) {
      j--;
    }
    String before = text.substring(j + 1, wordEnd);
    return isPossessive(before) || lexicon.isTitleCue(before);
  }

  private static boolean isPossessive(String word) {
    String w = word.replace('’', '\'');
    return w.length() > 2 && (w.endsWith("'s") || w.endsWith("s'"));
  }

  private static boolean startsUpper(String word) {
    return !word.isEmpty() && Character.isUpperCase(word.codePointAt(0));
  }

  private static boolean hasLaterClosingStraightSingle(String text, int from) {
    for (int i = from + 2; i < text.length(); i++) {
      if (text.charAt(i) == '\'' && closingContext(text, i) && !letterAt(text, i + 1)) {
        return true;
      }
    }
    return false;
  }

  private static Mark classify(String text, int i) {
    char c = text.charAt(i);
    boolean opening = openingContext(text, i);
    boolean closing = closingContext(text, i);
    return switch (c) {
      case '“' -> opening || !closing ? Mark.OPEN_DOUBLE : Mark.CLOSE_DOUBLE;
      case '”' -> opening && !closing ? Mark.OPEN_DOUBLE : Mark.CLOSE_DOUBLE;
      case '"' -> {
        if (opening && !closing) {
          yield Mark.OPEN_DOUBLE;
        }
        yield closing && !opening ? Mark.CLOSE_DOUBLE : Mark.EITHER_DOUBLE;
      }
      case '‘' -> opening ? Mark.OPEN_SINGLE : Mark.NONE;
      case '’', '\'' -> {
        if (letterAt(text, i + 1) && (letterOrDigitAt(text, i - 1) || c == '’' || !opening)) {
          yield Mark.NONE; // It’s, don't, ’em, '90s
        }
        if (opening && !closing) {
          yield c == '\'' ? Mark.OPEN_SINGLE : Mark.NONE;
        }
        yield closing ? Mark.CLOSE_SINGLE : Mark.NONE;
      }
      default -> Mark.NONE;
    };
  }

  /** Nothing or space or opening punctuation before, a non-space after. */
  private static boolean openingContext(String text, int i) {
    boolean after = i + 1 < text.length() && !Character.isWhitespace(text.charAt(i + 1));
    if (!after) {
      return false;
    }
    if (i == 0) {
      return true;
    }
    char p = text.charAt(i - 1);
    return Character.isWhitespace(p) || "([{—–-:/“‘\"'".indexOf(p) >= 0;
  }

  /** A non-space before, and nothing or a space or punctuation after. */
  private static boolean closingContext(String text, int i) {
    if (i == 0 || Character.isWhitespace(text.charAt(i - 1))) {
      return false;
    }
    return i + 1 >= text.length() || !Character.isLetterOrDigit(text.charAt(i + 1));
  }

  private static boolean letterAt(String text, int i) {
    return i >= 0 && i < text.length() && Character.isLetter(text.charAt(i));
  }

  private static boolean letterOrDigitAt(String text, int i) {
    return i >= 0 && i < text.length() && Character.isLetterOrDigit(text.charAt(i));
  }
}
