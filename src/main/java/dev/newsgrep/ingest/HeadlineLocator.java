package dev.newsgrep.ingest;

import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Finds which leading block of a plain-text article is its headline.
 *
 * <p>The headline is the first block, unless the file opens with page chrome: known boilerplate
 * ({@code Advertisement}) or a short section label, a "kicker" ({@code Politics & Government}),
 * directly followed by a block that looks like a headline. Such leading blocks are skipped (the
 * reader keeps them as body paragraphs).
 */
final class HeadlineLocator {

  /** How many leading blocks of page chrome are looked past at most. */
  static final int MAX_CHROME_BLOCKS = 3;

  private static final int MAX_KICKER_WORDS = 3;
  private static final int MIN_HEADLINE_WORDS = 4;
  private static final int MAX_HEADLINE_WORDS = 25;

  /** Longer blocks are article text: neither a section label nor a headline. */
  private static final int MAX_KICKER_CHARS = 100;

  /** Punctuation a section label does not hold but a sentence does. */
  private static final Pattern SENTENCE_PUNCTUATION = Pattern.compile("[.!?:;,\"“”]");

  /** How a sentence ends (a headline does not): a full stop or colon, maybe inside quotes. */
  private static final Pattern SENTENCE_END = Pattern.compile("[.:;,]['\"’”)]*$");

  /** Small words a section label may hold in lower case: "News and Views". */
  private static final Set<String> CONNECTORS =
      Set.of("and", "of", "the", "in", "on", "for", "to", "a");

  private final Boilerplate boilerplate;

  HeadlineLocator(Boilerplate boilerplate) {
    this.boilerplate = boilerplate;
  }

  /**
   * The index of the headline among {@code blocks} (0 when there is no chrome to skip). Only the
   * first {@link #MAX_CHROME_BLOCKS} + 1 blocks are looked at.
   */
  int headlineIndex(List<String> blocks) {
    int limit = Math.min(MAX_CHROME_BLOCKS, blocks.size() - 1);
    for (int candidate = 1; candidate <= limit; candidate++) {
      if (!isChrome(blocks.get(candidate - 1))) {
        return 0;
      }
      String block = blocks.get(candidate);
      if (looksLikeHeadline(block)
          && !isChrome(block)
          && Paragraphs.wordCount(block) > Paragraphs.wordCount(blocks.get(candidate - 1))) {
        return candidate;
      }
    }
    return 0;
  }

  private boolean isChrome(String block) {
    return block.length() <= PlainTextArticleParser.MAX_HEADLINE_CHARS
        && (isKicker(block) || boilerplate.isBoilerplate(block));
  }

  static boolean isKicker(String block) {
    if (block.length() > MAX_KICKER_CHARS) {
      return false;
    }
    int words = Paragraphs.wordCount(block);
    return words >= 1
        && words <= MAX_KICKER_WORDS
        && block.indexOf('\n') < 0
        && !SENTENCE_PUNCTUATION.matcher(block).find()
        && isCapitalized(block);
  }

  /**
   * Whether every word of a label starts with a capital or digit, as section names are printed
   * ("Crime & Safety", "World News"), small joining words aside. A short headline in sentence case
   * ("Prime minister's questions") is no section label.
   */
  private static boolean isCapitalized(String block) {
    for (String word : block.split("[\\s\\u00A0]+")) {
      if (word.isEmpty() || CONNECTORS.contains(word) || !Character.isLetter(word.codePointAt(0))) {
        continue;
      }
      if (!Character.isUpperCase(word.codePointAt(0))) {
        return false;
      }
    }
    return true;
  }

  static boolean looksLikeHeadline(String block) {
    if (block.length() > PlainTextArticleParser.MAX_HEADLINE_CHARS) {
      return false;
    }
    int words = Paragraphs.wordCount(block);
    return block.indexOf('\n') < 0
        && words >= MIN_HEADLINE_WORDS
        && words < MAX_HEADLINE_WORDS
        && !SENTENCE_END.matcher(block).find();
  }
}
