package dev.newsgrep.cli;

import dev.newsgrep.Paragraph;
import dev.newsgrep.QuoteGroup;
import dev.newsgrep.QuoteHit;
import java.io.PrintWriter;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * Prints a quote lookup for people: per speaker, every article and outlet that carried the quote,
 * each with its exact wording, the words that differ from the most common wording marked — {@code
 * {+added+}} and {@code [-missing-]} without colour, green and red with it.
 */
final class QuotePrinter {
  /** Characters of the quote shown on each side of the match. */
  static final int CONTEXT = 100;

  private final PrintWriter out;
  private final Terminal terminal;
  private final Set<String> phraseWords;

  /**
   * @param phrase the words looked up, to prefer full matches as the reference wording
   */
  QuotePrinter(PrintWriter out, Terminal terminal, String phrase) {
    this.out = out;
    this.terminal = terminal;
    this.phraseWords =
        new HashSet<>(WordDiff.words(phrase).stream().map(WordDiff.Word::key).toList());
  }

  void print(QuoteGroup group) {
    var articles = new LinkedHashSet<String>();
    var outlets = new LinkedHashSet<String>();
    for (QuoteHit hit : group.hits()) {
      articles.add(hit.paragraph().article());
      if (hit.paragraph().outlet() != null) {
        outlets.add(hit.paragraph().outlet());
      }
    }
    String who = group.speaker().orElse("(speaker unknown)");
    out.println(
        terminal.style(Terminal.Style.SPEAKER, who)
            + terminal.style(
                Terminal.Style.DIM,
                " · "
                    + count(articles.size(), "article")
                    + " · "
                    + (outlets.isEmpty() ? "outlets unknown" : String.join(", ", outlets))));
    String reference = mostCommonWording(group);
    for (QuoteHit hit : group.hits()) {
      Paragraph p = hit.paragraph();
      out.println(
          "  "
              + terminal.style(Terminal.Style.LOCATION, p.article() + "#" + p.number())
              + " · "
              + terminal.style(
                  Terminal.Style.OUTLET,
                  Objects.requireNonNullElse(p.outlet(), "(outlet unknown)")));
      out.println("    “" + wording(hit, reference) + "”");
    }
    out.println();
  }

  private static String count(int n, String noun) {
    return n + " " + noun + (n == 1 ? "" : "s");
  }

  private static String matched(QuoteHit hit) {
    return hit.paragraph().text().substring(hit.match().start(), hit.match().end());
  }

  /**
   * The wording most hits share (folded), among the hits that match every word looked up when there
   * are any, so a match with a word missing is never the reference; the best hit's on a tie.
   */
  private String mostCommonWording(QuoteGroup group) {
    List<QuoteHit> full =
        group.hits().stream().filter(h -> keys(matched(h)).containsAll(phraseWords)).toList();
    List<QuoteHit> candidates = full.isEmpty() ? group.hits() : full;
    Map<String, Integer> counts = new HashMap<>();
    String best = matched(candidates.get(0));
    int bestCount = 0;
    for (QuoteHit hit : candidates) {
      String text = matched(hit);
      int n = counts.merge(WordDiff.key(text), 1, Integer::sum);
      if (n > bestCount) {
        best = text;
        bestCount = n;
      }
    }
    return best;
  }

  private static Set<String> keys(String text) {
    return new HashSet<>(WordDiff.words(text).stream().map(WordDiff.Word::key).toList());
  }

  /** The quote around the match, the match emphasized and its differing words marked. */
  private String wording(QuoteHit hit, String reference) {
    String text = hit.paragraph().text();
    int quoteStart = hit.quote().start();
    int quoteEnd = Math.min(hit.quote().end(), text.length());
    int from = Math.max(quoteStart, hit.match().start() - CONTEXT);
    int to = Math.min(quoteEnd, hit.match().end() + CONTEXT);
    if (from > quoteStart) {
      int space = text.indexOf(' ', from);
      from = space < 0 || space >= hit.match().start() ? from : space + 1;
    }
    if (to < quoteEnd) {
      int space = text.lastIndexOf(' ', to);
      to = space <= hit.match().end() ? to : space;
    }
    String before = text.substring(from, hit.match().start());
    String after = text.substring(hit.match().end(), to);
    return (from > quoteStart ? "…" : "")
        + Terminal.safe(before)
        + marked(matched(hit), reference)
        + Terminal.safe(after)
        + (to < quoteEnd ? "…" : "");
  }

  private String marked(String matched, String reference) {
    var line = new StringBuilder();
    int cursor = 0;
    List<WordDiff.Step> steps = WordDiff.compare(reference, matched);
    for (int i = 0; i < steps.size(); ) {
      WordDiff.Kind kind = steps.get(i).kind();
      int runEnd = i;
      while (runEnd < steps.size() && steps.get(runEnd).kind() == kind) {
        runEnd++;
      }
      List<WordDiff.Step> run = steps.subList(i, runEnd);
      switch (kind) {
        case SAME -> {
          int end = run.get(run.size() - 1).word().end();
          line.append(emphasis(matched.substring(cursor, end)));
          cursor = end;
        }
        case ADDED -> {
          int start = run.get(0).word().start();
          int end = run.get(run.size() - 1).word().end();
          line.append(emphasis(matched.substring(cursor, start)));
          line.append(difference(matched.substring(start, end), Terminal.Style.ADDED, "{+", "+}"));
          cursor = end;
        }
        case REMOVED -> {
          String words = String.join(" ", run.stream().map(s -> s.word().surface()).toList());
          line.append(cursor > 0 ? " " : "")
              .append(difference(words, Terminal.Style.REMOVED, "[-", "-]"));
        }
      }
      i = runEnd;
    }
    line.append(emphasis(matched.substring(cursor)));
    return terminal.colour() ? line.toString() : "**" + line + "**";
  }

  private String difference(String words, Terminal.Style style, String open, String close) {
    return terminal.colour() ? terminal.style(style, words) : open + Terminal.safe(words) + close;
  }

  private String emphasis(String text) {
    return text.isEmpty()
        ? ""
        : terminal.colour() ? terminal.style(Terminal.Style.MATCH, text) : Terminal.safe(text);
  }
}
