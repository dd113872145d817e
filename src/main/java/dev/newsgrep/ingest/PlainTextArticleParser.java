package dev.newsgrep.ingest;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Reads one plain-text article: a headline block, then paragraphs separated by blank lines.
 *
 * <p>Leading page chrome before the headline ({@code Advertisement}, a section label) is kept as
 * the first body paragraphs, in order, so no printed text is lost.
 *
 * <p>A first block longer than {@link #MAX_HEADLINE_CHARS} is no headline: it is article text whose
 * blank lines were lost. Its first line is the headline if that line is short enough, and the rest
 * of the block is body; if the first line is too long as well, the article has no headline (an
 * empty title) and the whole block is body. Body paragraphs longer than {@link
 * LongParagraphs#MAX_CHARS} are split there.
 */
final class PlainTextArticleParser {

  /** The longest headline, in UTF-16 code units; real ones run to a few hundred at most. */
  static final int MAX_HEADLINE_CHARS = 1_000;

  /** A headline and its body paragraphs. */
  record Parsed(String title, List<String> paragraphs) {}

  private final HeadlineLocator headlines;

  PlainTextArticleParser(Boilerplate boilerplate) {
    this.headlines = new HeadlineLocator(boilerplate);
  }

  /** The headline and body of {@code text}, or empty if it holds no printable text. */
  Optional<Parsed> parse(String text) {
    String normalized = Paragraphs.normalizeLineBreaks(text);
    List<Paragraphs.Block> blocks = Paragraphs.blocks(normalized);
    if (blocks.isEmpty()) {
      return Optional.empty();
    }
    int headline = headlines.headlineIndex(leadingBlocks(normalized, blocks));
    var body = new ArrayList<String>();
    for (Paragraphs.Block block : blocks.subList(0, headline)) {
      LongParagraphs.split(normalized, block.start(), block.end(), body);
    }
    Paragraphs.Block chosen = blocks.get(headline);
    String title;
    if (chosen.length() <= MAX_HEADLINE_CHARS) {
      title = normalized.substring(chosen.start(), chosen.end());
    } else {
      int lineEnd = normalized.indexOf('\n', chosen.start());
      if (lineEnd >= 0 && lineEnd - chosen.start() <= MAX_HEADLINE_CHARS) {
        title = Paragraphs.trim(normalized.substring(chosen.start(), lineEnd));
        addTrimmed(normalized, lineEnd, chosen.end(), body);
      } else {
        title = "";
        LongParagraphs.split(normalized, chosen.start(), chosen.end(), body);
      }
    }
    for (Paragraphs.Block block : blocks.subList(headline + 1, blocks.size())) {
      LongParagraphs.split(normalized, block.start(), block.end(), body);
    }
    return Optional.of(new Parsed(title, body));
  }

  /**
   * The blocks the headline may be among, as text: a block too long to be a headline or page chrome
   * is cut just past {@link #MAX_HEADLINE_CHARS}, which keeps it too long for either, so a huge
   * block is not copied to be looked at.
   */
  private static List<String> leadingBlocks(String text, List<Paragraphs.Block> blocks) {
    var leading = new ArrayList<String>();
    for (Paragraphs.Block block :
        blocks.subList(0, Math.min(blocks.size(), HeadlineLocator.MAX_CHROME_BLOCKS + 1))) {
      int end = Math.min(block.end(), block.start() + MAX_HEADLINE_CHARS + 1);
      leading.add(text.substring(block.start(), end));
    }
    return leading;
  }

  private static void addTrimmed(String text, int start, int end, List<String> out) {
    while (start < end && Paragraphs.isSpace(text.charAt(start))) {
      start++;
    }
    if (start < end) {
      LongParagraphs.split(text, start, end, out);
    }
  }
}
