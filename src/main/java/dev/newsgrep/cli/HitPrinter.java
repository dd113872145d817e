package dev.newsgrep.cli;

import dev.newsgrep.Highlight;
import dev.newsgrep.Hit;
import dev.newsgrep.Paragraph;
import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.jspecify.annotations.Nullable;

/**
 * Prints hits for people: where each is ({@code article#paragraph}, outlet, speakers, score), the
 * headline, then the paragraph or a passage of it with every match marked — in colour on a
 * terminal, between {@code **} markers otherwise.
 */
final class HitPrinter {
  /** Paragraphs longer than this are shown as a passage around their matches. */
  static final int PASSAGE_LENGTH = 480;

  private static final String PLAIN_MARK = "**";

  private final PrintWriter out;
  private final Terminal terminal;

  HitPrinter(PrintWriter out, Terminal terminal) {
    this.out = out;
    this.terminal = terminal;
  }

  void print(Hit hit) {
    Paragraph p = hit.paragraph();
    out.println(header(p, "score " + score(hit.score())));
    if (!p.title().isEmpty() && p.number() != 0) {
      out.println("  " + marked(p.title(), hit.titleHighlights(), Terminal.Style.TITLE));
    }
    out.println("  " + passage(p.text(), hit.highlights()).replace("\n", "\n  "));
    out.println();
  }

  /**
   * {@code score} with two decimals, exactly as {@code %.2f} prints it (the shortest decimal form
   * of the value, rounded half up), without a Formatter or a BigDecimal: the first use of either
   * sets up tables that cost every search's start a few milliseconds. Forms a score never takes
   * (negative, exponent notation) go through {@code %.2f} itself.
   */
  static String score(float score) {
    String digits = Double.toString(score);
    int dot = digits.indexOf('.');
    if (dot < 0 || digits.indexOf('E') >= 0 || digits.charAt(0) == '-') {
      return String.format(Locale.ROOT, "%.2f", score);
    }
    String fraction = digits.substring(dot + 1) + "00";
    long hundredths =
        Long.parseLong(digits, 0, dot, 10) * 100 + Integer.parseInt(fraction, 0, 2, 10);
    if (fraction.charAt(2) >= '5') {
      hundredths++;
    }
    long cents = hundredths % 100;
    return hundredths / 100 + (cents < 10 ? ".0" : ".") + cents;
  }

  /** {@code article#paragraph · outlet · speakers · extra}. */
  String header(Paragraph p, String extra) {
    var line =
        new StringBuilder(terminal.style(Terminal.Style.LOCATION, p.article() + "#" + p.number()));
    line.append(" · ")
        .append(
            terminal.style(
                Terminal.Style.OUTLET, p.outlet() == null ? "(outlet unknown)" : p.outlet()));
    if (!p.speakers().isEmpty()) {
      line.append(" · ")
          .append(terminal.style(Terminal.Style.SPEAKER, String.join(", ", p.speakers())));
    }
    if (!extra.isEmpty()) {
      line.append(" · ").append(terminal.style(Terminal.Style.DIM, extra));
    }
    return line.toString();
  }

  /** The whole text if short, else a window around the first matches, cut at spaces. */
  String passage(String text, List<Highlight> highlights) {
    if (text.length() <= PASSAGE_LENGTH) {
      return marked(text, highlights, null);
    }
    int anchor = highlights.isEmpty() ? 0 : highlights.get(0).start();
    int start = Math.max(0, anchor - PASSAGE_LENGTH / 4);
    int end = Math.min(text.length(), start + PASSAGE_LENGTH);
    start = start == 0 ? 0 : afterSpace(text, start);
    end = end == text.length() ? end : beforeSpace(text, end);
    if (start > 0 && Character.isLowSurrogate(text.charAt(start))) {
      start++;
    }
    if (end < text.length() && Character.isLowSurrogate(text.charAt(end))) {
      end--;
    }
    int from = start;
    int to = end;
    List<Highlight> inside =
        highlights.stream()
            .filter(h -> h.start() >= from && h.end() <= to)
            .map(h -> new Highlight(h.start() - from, h.end() - from))
            .toList();
    return (start > 0 ? "…" : "")
        + marked(text.substring(start, end), inside, null)
        + (end < text.length() ? "…" : "");
  }

  private String marked(String text, List<Highlight> highlights, Terminal.@Nullable Style base) {
    var out = new StringBuilder();
    int at = 0;
    for (Highlight h : joinedAcrossSpaces(text, highlights)) {
      if (h.start() < at || h.end() > text.length()) {
        continue;
      }
      out.append(plain(text.substring(at, h.start()), base));
      String match = text.substring(h.start(), h.end());
      out.append(
          terminal.colour()
              ? terminal.style(Terminal.Style.MATCH, match)
              : PLAIN_MARK + Terminal.safe(match) + PLAIN_MARK);
      at = h.end();
    }
    out.append(plain(text.substring(at), base));
    return out.toString();
  }

  /**
   * Matches separated only by white space read as one: {@code **interest rates**}, not two marks.
   */
  static List<Highlight> joinedAcrossSpaces(String text, List<Highlight> highlights) {
    var joined = new ArrayList<Highlight>();
    for (Highlight h : highlights) {
      if (!joined.isEmpty()) {
        Highlight last = joined.get(joined.size() - 1);
        if (last.end() <= h.start()
            && h.end() <= text.length()
            && text.substring(last.end(), h.start()).isBlank()) {
          joined.set(joined.size() - 1, new Highlight(last.start(), h.end()));
          continue;
        }
      }
      joined.add(h);
    }
    return joined;
  }

  private String plain(String text, Terminal.@Nullable Style style) {
    return style == null || text.isEmpty() ? Terminal.safe(text) : terminal.style(style, text);
  }

  private static int afterSpace(String text, int at) {
    int space = text.indexOf(' ', at);
    return space < 0 || space - at > 40 ? at : space + 1;
  }

  private static int beforeSpace(String text, int at) {
    int space = text.lastIndexOf(' ', at);
    return space < 0 || at - space > 40 ? at : space;
  }
}
