package dev.newsgrep.attribution;

import java.util.regex.Pattern;

/**
 * One token of a paragraph, outside quotation marks; a whole quoted span is one token.
 *
 * @param text the word as printed, without a possessive {@code 's}; the punctuation; or the span's
 *     text for a quote
 * @param start index in the paragraph of the first character
 * @param end index just past the last character
 * @param kind what the token is
 * @param possessive whether a word carried a possessive ending ({@code Smith's}, {@code News'})
 * @param quoteIndex for a {@link Kind#QUOTE} or {@link Kind#TITLE}, its index among the paragraph's
 *     spans; -1 otherwise
 */
record Token(String text, int start, int end, Kind kind, boolean possessive, int quoteIndex) {
  /** Closing quote marks and spaces at the end of a title. */
  private static final Pattern TRAILING_MARKS = Pattern.compile("[”\"’'\\s]+$");

  /** The sorts of token. */
  enum Kind {
    /** Letters and digits, with inner hyphens, apostrophes and dots, and an abbreviation's dot. */
    WORD,
    /** A Twitter handle such as {@code @janedoe}. */
    HANDLE,
    /** One punctuation mark, or an ellipsis. */
    PUNCT,
    /** A quoted span. */
    QUOTE,
    /** A quoted title of a show or publication. */
    TITLE,
    /** A link or hashtag. */
    OTHER
  }

  boolean isWord() {
    return kind == Kind.WORD;
  }

  boolean is(String punctuationOrWord) {
    return text.equals(punctuationOrWord);
  }

  boolean isEllipsis() {
    return kind == Kind.PUNCT && (text.equals("…") || text.startsWith(".."));
  }

  /** A full stop, question or exclamation mark: a sentence ends here. */
  boolean endsSentence() {
    return kind == Kind.PUNCT && (text.equals(".") || text.equals("?") || text.equals("!"));
  }

  /** A comma, or a title whose closing mark follows a comma ({@code show “Sunday Forum,”}). */
  boolean isCommaLike() {
    return (kind == Kind.PUNCT && text.equals(","))
        || (kind == Kind.TITLE && TRAILING_MARKS.matcher(text).replaceAll("").endsWith(","));
  }
}
