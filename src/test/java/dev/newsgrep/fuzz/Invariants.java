package dev.newsgrep.fuzz;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import dev.newsgrep.Article;
import dev.newsgrep.Highlight;
import dev.newsgrep.Hit;
import dev.newsgrep.NewsIndex;
import dev.newsgrep.NewsgrepException;
import dev.newsgrep.QuerySyntaxException;
import dev.newsgrep.QuoteHit;
import dev.newsgrep.QuoteResults;
import dev.newsgrep.SearchRequest;
import dev.newsgrep.SearchResults;
import dev.newsgrep.attribution.AttributedQuote;
import dev.newsgrep.attribution.ParagraphAttribution;
import dev.newsgrep.ingest.FileResult;
import dev.newsgrep.search.NewsQueryParser;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;

/**
 * The promises that hold for any input, shared by the fuzz tests and the seeded property tests. A
 * broken promise fails with the input in the message, escaped so that it can be pasted into a
 * regression test.
 */
public final class Invariants {
  private Invariants() {}

  /** A file was read into articles or skipped with a reason, never both empty. */
  public static void checkFileResult(FileResult result, String what) {
    assertNotNull(result, what);
    assertTrue(
        !result.articles().isEmpty() || !result.skipped().isEmpty(),
        () -> what + ": neither read nor skipped");
    for (Article article : result.articles()) {
      assertTrue(
          article.paragraphs().stream().noneMatch(String::isBlank),
          () -> what + ": blank paragraph in " + article.id());
    }
    result.skipped().forEach(s -> assertTrue(!s.reason().isBlank(), () -> what + ": no reason"));
  }

  /**
   * One attribution per paragraph; each quote lies inside its paragraph, in order, overlapping
   * none, and its speaker is one of the paragraph's speakers.
   */
  public static void checkAttribution(List<String> paragraphs, List<ParagraphAttribution> result) {
    assertEquals(paragraphs.size(), result.size(), () -> "paragraphs in " + escape(paragraphs));
    for (int k = 0; k < paragraphs.size(); k++) {
      String text = paragraphs.get(k);
      int previousEnd = 0;
      for (AttributedQuote quote : result.get(k).quotes()) {
        int at = k;
        int from = previousEnd;
        assertTrue(
            0 <= quote.start() && quote.start() <= quote.end() && quote.end() <= text.length(),
            () -> quote + " outside paragraph " + at + " of " + escape(paragraphs));
        assertTrue(
            from <= quote.start(),
            () ->
                quote
                    + " out of order or overlapping in paragraph "
                    + at
                    + " of "
                    + escape(paragraphs));
        previousEnd = quote.end();
        quote
            .speaker()
            .ifPresent(
                name ->
                    assertTrue(
                        result.get(at).speakers().contains(name),
                        () ->
                            name
                                + " quoted but not a speaker of paragraph "
                                + at
                                + " of "
                                + escape(paragraphs)));
      }
    }
  }

  /** Parsing returns a query or fails with {@link QuerySyntaxException}, nothing else. */
  public static void checkParse(String query) {
    try {
      assertNotNull(NewsQueryParser.parse(query), () -> "null query for " + escape(query));
    } catch (QuerySyntaxException e) {
      checkMessage(e, query);
    } catch (RuntimeException | StackOverflowError e) {
      fail("parse(" + escape(query) + ") threw " + e, e);
    }
  }

  /**
   * A search returns or fails with {@link NewsgrepException}; every highlight lies inside its text,
   * in order, overlapping none.
   */
  public static void checkSearch(NewsIndex index, String query) {
    try {
      SearchResults results = index.search(SearchRequest.of(query));
      assertTrue(results.hits().size() <= SearchRequest.DEFAULT_LIMIT, "limit");
      assertTrue(results.totalHits() >= results.hits().size(), "total hits");
      for (Hit hit : results.hits()) {
        checkSpans(hit.highlights(), hit.paragraph().text(), "search " + escape(query));
        checkSpans(hit.titleHighlights(), hit.paragraph().title(), "title " + escape(query));
      }
    } catch (NewsgrepException e) {
      checkMessage(e, query);
    } catch (RuntimeException | StackOverflowError e) {
      fail("search(" + escape(query) + ") threw " + e, e);
    }
  }

  /**
   * A quote lookup returns or fails with {@link NewsgrepException}; each quote lies inside its
   * paragraph and each match inside its quote.
   */
  public static void checkQuote(NewsIndex index, String phrase) {
    try {
      QuoteResults quotes = index.quote(phrase, 10);
      assertTrue(quotes.hits().size() <= 10, "limit");
      for (QuoteHit hit : quotes.hits()) {
        String text = hit.paragraph().text();
        var quote = new Highlight(hit.quote().start(), hit.quote().end());
        checkSpans(List.of(quote), text, "quote span for " + escape(phrase));
        checkSpans(hit.matches(), text, "quote " + escape(phrase));
        for (Highlight match : hit.matches()) {
          assertTrue(
              quote.start() <= match.start() && match.end() <= quote.end(),
              () -> match + " outside " + quote + " for " + escape(phrase));
        }
      }
    } catch (NewsgrepException e) {
      checkMessage(e, phrase);
    } catch (RuntimeException | StackOverflowError e) {
      fail("quote(" + escape(phrase) + ") threw " + e, e);
    }
  }

  /** Spans inside {@code text}, in order, overlapping none. */
  public static void checkSpans(List<Highlight> spans, String text, String what) {
    int previousEnd = 0;
    for (Highlight span : spans) {
      int from = previousEnd;
      assertTrue(
          0 <= span.start() && span.start() <= span.end() && span.end() <= text.length(),
          () -> what + ": " + span + " outside text of length " + text.length());
      assertTrue(from <= span.start(), () -> what + ": " + span + " out of order or overlapping");
      previousEnd = span.end();
    }
  }

  /** An error the user sees says something. */
  private static void checkMessage(NewsgrepException e, String query) {
    String message = e.getMessage();
    assertTrue(message != null && !message.isBlank(), () -> "no message for " + escape(query));
  }

  /** {@code text} as a Java string literal, non-ASCII and controls escaped. */
  public static String escape(String text) {
    var out = new StringBuilder("\"");
    for (int i = 0; i < text.length() && out.length() < 2000; i++) {
      char c = text.charAt(i);
      switch (c) {
        case '"' -> out.append("\\\"");
        case '\\' -> out.append("\\\\");
        case '\n' -> out.append("\\n");
        default -> {
          if (c < 0x20 || c > 0x7E) {
            out.append(String.format(Locale.ROOT, "\\u%04x", (int) c));
          } else {
            out.append(c);
          }
        }
      }
    }
    return out.append(out.length() >= 2000 ? "...\"" : "\"").toString();
  }

  /** {@code paragraphs} as a Java {@code List.of} expression. */
  public static String escape(List<String> paragraphs) {
    return paragraphs.stream()
        .map(Invariants::escape)
        .collect(Collectors.joining(", ", "List.of(", ")"));
  }
}
