package dev.newsgrep.ingest;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Reads one plain-text article: a headline block, then paragraphs separated by blank lines.
 *
 * <p>Leading page chrome before the headline ({@code Advertisement}, a section label) is kept as
 * the first body paragraphs, in order, so no printed text is lost.
 */
final class PlainTextArticleParser {

  /** A headline and its body paragraphs. */
  record Parsed(String title, List<String> paragraphs) {}

  private final HeadlineLocator headlines;

  PlainTextArticleParser(Boilerplate boilerplate) {
    this.headlines = new HeadlineLocator(boilerplate);
  }

  /** The headline and body of {@code text}, or empty if it holds no printable text. */
  Optional<Parsed> parse(String text) {
    List<String> blocks = Paragraphs.split(text);
    if (blocks.isEmpty()) {
      return Optional.empty();
    }
    int headline = headlines.headlineIndex(blocks);
    var body = new ArrayList<String>(blocks.size() - 1);
    body.addAll(blocks.subList(0, headline));
    body.addAll(blocks.subList(headline + 1, blocks.size()));
    return Optional.of(new Parsed(blocks.get(headline), body));
  }
}
