package dev.newsgrep.attribution;

import dev.newsgrep.attribution.Token.Kind;
import java.util.ArrayList;
import java.util.List;

/**
 * Cuts a paragraph into {@link Token}s and sentences. Quoted spans become single tokens, so the
 * words around quotes can be read without the words inside them.
 */
final class Tokenizer {
  private final Lexicon lexicon;

  Tokenizer(Lexicon lexicon) {
    this.lexicon = lexicon;
  }

  ParagraphTokens tokenize(String text, List<QuoteSpan> quotes) {
    var tokens = new ArrayList<Token>();
    int nextQuote = 0;
    int i = 0;
    while (i < text.length()) {
      if (nextQuote < quotes.size() && quotes.get(nextQuote).start() == i) {
        QuoteSpan q = quotes.get(nextQuote);
        Kind kind = q.title() ? Kind.TITLE : Kind.QUOTE;
        tokens.add(
            new Token(
                text.substring(q.start(), q.end()), q.start(), q.end(), kind, false, nextQuote));
        i = Math.max(q.end(), i + 1);
        nextQuote++;
        continue;
      }
      int limit = nextQuote < quotes.size() ? quotes.get(nextQuote).start() : text.length();
      int c = text.codePointAt(i);
      int width = Character.charCount(c);
      if (Character.isWhitespace(c) || Character.isSpaceChar(c)) {
        i += width;
      } else if (c == '@' && i + 1 < limit && isHandleChar(text.charAt(i + 1))) {
        int e = i + 1;
        while (e < limit && isHandleChar(text.charAt(e))) {
          e++;
        }
        tokens.add(new Token(text.substring(i, e), i, e, Kind.HANDLE, false, -1));
        i = e;
      } else if (startsLink(text, i)
          || (c == '#' && i + 1 < limit && Character.isLetter(text.charAt(i + 1)))) {
        int e = i;
        while (e < limit && !Character.isWhitespace(text.charAt(e))) {
          e++;
        }
        tokens.add(new Token(text.substring(i, e), i, e, Kind.OTHER, false, -1));
        i = e;
      } else if (Character.isLetterOrDigit(c)) {
        i = word(text, i, limit, tokens);
      } else if (c == '.' || c == '…') {
        int e = i + 1;
        while (e < limit && text.charAt(e) == '.') {
          e++;
        }
        tokens.add(new Token(text.substring(i, e), i, e, Kind.PUNCT, false, -1));
        i = e;
      } else {
        tokens.add(new Token(text.substring(i, i + width), i, i + width, Kind.PUNCT, false, -1));
        i += width;
      }
    }
    return new ParagraphTokens(text, List.copyOf(tokens), sentences(text, tokens, quotes), quotes);
  }

  private int word(String text, int start, int limit, List<Token> tokens) {
    int e = start;
    while (e < limit) {
      int c = text.codePointAt(e);
      if (Character.isLetterOrDigit(c) || Character.getType(c) == Character.NON_SPACING_MARK) {
        e += Character.charCount(c);
      } else if ("-'’.".indexOf(c) >= 0
          && e + 1 < limit
          && Character.isLetterOrDigit(text.charAt(e + 1))) {
        e++;
      } else {
        break;
      }
    }
    String word = text.substring(start, e);
    boolean possessive = false;
    String norm = word.replace('’', '\'');
    if (norm.length() > 2 && norm.endsWith("'s")) {
      word = word.substring(0, word.length() - 2);
      possessive = true;
    } else if (e < limit
        && (text.charAt(e) == '\'' || text.charAt(e) == '’')
        && word.endsWith("s")
        && !(e + 1 < text.length() && Character.isLetter(text.charAt(e + 1)))
        && Character.isUpperCase(word.codePointAt(0))) {
      e++; // plural possessive: "CBS News' Face the Nation"
      possessive = true;
    }
    if (!possessive && e < limit && text.charAt(e) == '.' && isAbbreviation(word, text, e)) {
      e++;
      word = word + ".";
    }
    tokens.add(new Token(word, start, e, Kind.WORD, possessive, -1));
    return e;
  }

  /** Whether the full stop after {@code word} belongs to it rather than ending a sentence. */
  private boolean isAbbreviation(String word, String text, int dot) {
    if (dot + 1 < text.length() && text.charAt(dot + 1) == '.') {
      return false; // an ellipsis
    }
    if (word.indexOf('.') >= 0 || (word.length() == 1 && Character.isUpperCase(word.charAt(0)))) {
      return true; // U.S., p.m., initials
    }
    if (word.length() <= 5 && lexicon.isNameTitle(word) && Character.isUpperCase(word.charAt(0))) {
      return true; // Mr., Sen., Rep.
    }
    int n = dot + 1;
    while (n < text.length() && text.charAt(n) == ' ') {
      n++;
    }
    // Nothing can follow a sentence's end with a comma or a lower-case word: "D-Md., tweeted".
    return n < text.length() && (text.charAt(n) == ',' || Character.isLowerCase(text.charAt(n)));
  }

  private static int[] sentences(String text, List<Token> tokens, List<QuoteSpan> quotes) {
    int[] sentence = new int[tokens.size()];
    int current = 0;
    for (int i = 0; i < tokens.size(); i++) {
      sentence[i] = current;
      Token t = tokens.get(i);
      if (t.endsSentence()
          || (t.kind() == Kind.QUOTE && quotes.get(t.quoteIndex()).endsSentence(text))) {
        current++;
      }
    }
    return sentence;
  }

  private static boolean isHandleChar(char c) {
    return (c < 128 && Character.isLetterOrDigit(c)) || c == '_';
  }

  private static boolean startsLink(String text, int i) {
    return text.startsWith("http://", i)
        || text.startsWith("https://", i)
        || text.startsWith("www.", i);
  }
}
