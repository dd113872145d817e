package dev.newsgrep;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The library as an embedding program uses it: only the public API of {@code dev.newsgrep}. */
class NewsIndexTest {
  @TempDir Path folder;

  private static Article article(String id, String... paragraphs) {
    return Article.of(id, "Headline of " + id, List.of(paragraphs));
  }

  @Test
  void addedArticleIsSearchableWithHighlights() {
    try (NewsIndex index = NewsIndex.open(folder)) {
      index.add(article("a1", "The council met on Monday.", "Taxes will rise, the mayor said."));
      SearchResults results = index.search(SearchRequest.of("taxes rise"));
      assertEquals(1, results.totalHits());
      Hit hit = results.hits().get(0);
      assertEquals("a1", hit.paragraph().article());
      assertEquals(2, hit.paragraph().number());
      assertEquals("Headline of a1", hit.paragraph().title());
      String text = hit.paragraph().text();
      assertEquals(
          List.of("Taxes", "rise"),
          hit.highlights().stream().map(h -> text.substring(h.start(), h.end())).toList());
    }
  }

  @Test
  void matchesAreCountedExactlyUpToTheBoundThenAsALowerBound() {
    try (NewsIndex index = NewsIndex.open(folder)) {
      int many = SearchResults.EXACT_COUNT_UP_TO + 200;
      for (int i = 0; i < many; i++) {
        index.add(article("a" + i, "A common word, and number " + i + (i < 5 ? " rarely" : "")));
      }
      SearchResults few = index.search(SearchRequest.of("rarely"));
      assertEquals(5, few.totalHits());
      assertTrue(few.totalHitsExact());
      SearchResults lots = index.search(SearchRequest.of("common word"));
      assertFalse(lots.totalHitsExact());
      assertTrue(lots.totalHits() >= SearchResults.EXACT_COUNT_UP_TO, "" + lots.totalHits());
      assertTrue(lots.totalHits() <= many, "" + lots.totalHits());
      assertEquals(SearchRequest.DEFAULT_LIMIT, lots.hits().size());
    }
  }

  @Test
  void equalScoresAreListedByArticleThenParagraph() {
    try (NewsIndex index = NewsIndex.open(folder)) {
      for (String id : List.of("c", "a", "b")) {
        index.add(article(id, "The same reprinted line.", "The same reprinted line."));
      }
      var order =
          index.search(SearchRequest.of("reprinted").withLimit(6)).hits().stream()
              .map(hit -> hit.paragraph().article() + "#" + hit.paragraph().number())
              .toList();
      assertEquals(List.of("a#1", "a#2", "b#1", "b#2", "c#1", "c#2"), order);
    }
  }

  @Test
  void aSearchWithoutHighlightsFindsTheSameHitsWithNoSpans() {
    try (NewsIndex index = NewsIndex.open(folder)) {
      index.add(article("a1", "Taxes will rise, the mayor said."));
      index.add(article("a2", "Taxes fell."));
      SearchResults with = index.search(SearchRequest.of("taxes"));
      SearchResults without = index.search(SearchRequest.of("taxes").withHighlights(false));
      assertEquals(
          with.hits().stream().map(Hit::paragraph).toList(),
          without.hits().stream().map(Hit::paragraph).toList());
      assertTrue(with.hits().stream().allMatch(hit -> !hit.highlights().isEmpty()));
      assertTrue(without.hits().stream().allMatch(hit -> hit.highlights().isEmpty()));
    }
  }

  @Test
  void headlineIsParagraphZero() {
    try (NewsIndex index = NewsIndex.open(folder)) {
      index.add(article("a1", "Body text."));
      List<Paragraph> paragraphs = index.article("a1");
      assertEquals(List.of(0, 1), paragraphs.stream().map(Paragraph::number).toList());
      assertEquals("Headline of a1", paragraphs.get(0).text());
    }
  }

  @Test
  void phraseHighlightCoversExactlyThePhrase() {
    try (NewsIndex index = NewsIndex.open(folder)) {
      index.add(article("a1", "He has a blind spot, and the spot is blind to Russia."));
      Hit hit = index.search(SearchRequest.of("\"blind spot\"")).hits().get(0);
      assertEquals(List.of(new Highlight(9, 19)), hit.highlights());
    }
  }

  @Test
  void everyParagraphIsVisitedOnceInReadingOrderAcrossPages() {
    try (NewsIndex index = NewsIndex.open(folder)) {
      for (int a = 0; a < 300; a++) {
        index.add(
            article(
                String.format(Locale.ROOT, "art%03d", a), "one", "two", "three", "four", "five"));
      }
      var seen = new ArrayList<String>();
      index.forEachParagraph(p -> seen.add(p.article() + "#" + p.number()));
      assertEquals(1_800, seen.size());
      assertEquals("art000#0", seen.get(0));
      assertEquals("art000#5", seen.get(5));
      assertEquals("art299#5", seen.get(seen.size() - 1));
      assertEquals(seen.size(), new HashSet<>(seen).size());
    }
  }

  @Test
  void reAddingAnArticleReplacesItsParagraphs() {
    try (NewsIndex index = NewsIndex.open(folder)) {
      index.add(article("a1", "First version.", "Second paragraph."));
      index.add(article("a1", "Only paragraph now."));
      index.commit();
      assertEquals(1, index.stats().articles());
      assertEquals(2, index.stats().paragraphs());
      assertTrue(index.search(SearchRequest.of("version")).isEmpty());
    }
  }

  @Test
  void committedArticlesSurviveReopeningReadOnly() {
    try (NewsIndex index = NewsIndex.open(folder)) {
      index.add(article("a1", "Durable words."));
      index.commit();
    }
    try (NewsIndex index = NewsIndex.openReadOnly(folder)) {
      assertEquals(1, index.search(SearchRequest.of("durable")).hits().size());
      assertThrows(NewsgrepException.class, () -> index.add(article("a2", "x")));
    }
  }

  @Test
  void indexOpenedForOneRunAnswersAsOneOpenedReadOnly() {
    try (NewsIndex index = NewsIndex.open(folder)) {
      index.add(
          article("a1", "\"We will not raise taxes,\" said Jane Smithers.", "Durable words."));
      index.commit();
    }
    try (NewsIndex mapped = NewsIndex.openReadOnly(folder);
        NewsIndex once = NewsIndex.openForOneRun(folder)) {
      for (String query : List.of("durable", "speaker:smithers", "taxes")) {
        assertEquals(
            mapped.search(SearchRequest.of(query)).hits(),
            once.search(SearchRequest.of(query)).hits(),
            query);
      }
      assertEquals(mapped.quote("raise taxes", 10), once.quote("raise taxes", 10));
      assertEquals(mapped.stats(), once.stats());
      assertThrows(NewsgrepException.class, () -> once.add(article("a2", "x")));
    }
    assertThrows(NewsgrepException.class, () -> NewsIndex.openForOneRun(folder.resolve("none")));
  }

  @Test
  void indexClosedWithoutCommitReopensAsTheCurrentVersion() {
    try (NewsIndex index = NewsIndex.open(folder)) {
      index.add(article("a1", "Closed without an explicit commit."));
    }
    assertTrue(NewsIndex.isCurrentVersion(folder));
    try (NewsIndex index = NewsIndex.openReadOnly(folder)) {
      assertEquals(1, index.search(SearchRequest.of("explicit")).hits().size());
    }
  }

  @Test
  void tiesAreBrokenByArticleIdThenParagraph() {
    try (NewsIndex index = NewsIndex.open(folder)) {
      index.add(article("b", "same words here"));
      index.add(article("a", "same words here", "same words here"));
      var hits = index.search(SearchRequest.of("same words")).hits();
      assertEquals(
          List.of("a#1", "a#2", "b#1"),
          hits.stream().map(h -> h.paragraph().article() + "#" + h.paragraph().number()).toList());
    }
  }

  @Test
  void speakerAndOutletFiltersNarrowResults() {
    try (NewsIndex index = NewsIndex.open(folder)) {
      index.add(
          new Article(
              "x1",
              "Budget row",
              List.of("\"We will not raise taxes,\" said Jane Smithers.", "Taxes were discussed."),
              "Example Gazette",
              "https://example.org/x1",
              "2024-05-01"));
      var quoted = index.search(SearchRequest.of("taxes").withSpeaker("smithers")).hits();
      assertEquals(1, quoted.size());
      assertEquals(List.of("Jane Smithers"), quoted.get(0).paragraph().speakers());
      assertEquals("https://example.org/x1", quoted.get(0).paragraph().url());
      assertEquals(
          2, index.search(SearchRequest.of("taxes").withOutlet("example gazette")).hits().size());
      assertTrue(index.search(SearchRequest.of("taxes").withOutlet("other paper")).isEmpty());
    }
  }

  @Test
  void photoCreditRanksBelowArticleTextWithTheSameWords() {
    try (NewsIndex index = NewsIndex.open(folder)) {
      index.add(
          article(
              "p1",
              "Photo by Jane Doe via Getty Images",
              "A photo of the flooded square, taken by Jane Doe from a rooftop, spread widely online."));
      var hits = index.search(SearchRequest.of("photo jane doe")).hits();
      assertEquals(List.of(2, 1), hits.stream().map(h -> h.paragraph().number()).toList());
    }
  }

  @Test
  void characterThatExpandsIntoSeveralTokensIsIndexed() {
    try (NewsIndex index = NewsIndex.open(folder)) {
      index.add(article("odd", "Write to the c\u2105 manager, or \u2474 call.", "Plain text."));
      Hit hit = index.search(SearchRequest.of("manager")).hits().get(0);
      String text = hit.paragraph().text();
      Highlight h = hit.highlights().get(0);
      assertEquals("manager", text.substring(h.start(), h.end()));
    }
  }

  @Test
  void queryExpandingPastTheClauseLimitIsASyntaxError() {
    var groups = new StringBuilder("(w0 OR x0)");
    for (int i = 1; i < 520; i++) {
      groups.append(" OR (w").append(i).append(" OR x").append(i).append(')');
    }
    try (NewsIndex index = NewsIndex.open(folder)) {
      index.add(article("a1", "w1 text"));
      var error =
          assertThrows(
              QuerySyntaxException.class, () -> index.search(SearchRequest.of(groups.toString())));
      assertTrue(error.getMessage().contains("too many"), error.getMessage());
    }
  }

  @Test
  void queryLongerThanTheLimitIsRefusedWithItsLength() {
    try (NewsIndex index = NewsIndex.open(folder)) {
      String huge = "word ".repeat(20_000);
      var error =
          assertThrows(QuerySyntaxException.class, () -> index.search(SearchRequest.of(huge)));
      assertEquals("query is 100000 characters long; the most is 10000", error.getMessage());
    }
  }

  @Test
  void limitBeyondTheIndexSizeIsFine() {
    try (NewsIndex index = NewsIndex.open(folder)) {
      index.add(article("a1", "only words"));
      assertEquals(
          1, index.search(SearchRequest.of("words").withLimit(Integer.MAX_VALUE)).hits().size());
    }
  }

  @Test
  void malformedQueryThrowsQuerySyntaxException() {
    try (NewsIndex index = NewsIndex.open(folder)) {
      assertThrows(QuerySyntaxException.class, () -> index.search(SearchRequest.of("\"unclosed")));
    }
  }

  @Test
  void folderThatIsNotAnIndexIsLeftAlone() throws Exception {
    Path notes = folder.resolve("notes.txt");
    Files.writeString(notes, "my notes");
    assertThrows(NewsgrepException.class, () -> NewsIndex.open(folder));
    assertEquals("my notes", Files.readString(notes));
  }

  @Test
  void indexAnotherProcessIsCreatingIsNotTakenForAForeignFolder() throws Exception {
    // Before its first commit, a new index holds segment files but no segments_N yet.
    Files.writeString(folder.resolve("_0.cfe"), "");
    try (NewsIndex index = NewsIndex.open(folder)) {
      index.add(article("a1", "Words."));
    }
  }

  @Test
  void searchesFromManyThreadsWhileAnotherAdds() throws Exception {
    try (NewsIndex index = NewsIndex.open(folder)) {
      index.add(article("seed", "common word always here"));
      var failures = new ConcurrentLinkedQueue<Throwable>();
      var start = new CountDownLatch(1);
      try (var pool = Executors.newFixedThreadPool(4)) {
        var futures = new ArrayList<Future<?>>();
        futures.add(
            pool.submit(
                () -> {
                  start.await();
                  for (int i = 0; i < 200; i++) {
                    index.add(article("a" + i, "common word number " + i));
                  }
                  return null;
                }));
        for (int t = 0; t < 3; t++) {
          futures.add(
              pool.submit(
                  () -> {
                    start.await();
                    long previous = 0;
                    for (int i = 0; i < 200; i++) {
                      try {
                        long total = index.search(SearchRequest.of("common word")).totalHits();
                        if (total < previous || total < 1) {
                          failures.add(
                              new AssertionError("hits went from " + previous + " to " + total));
                        }
                        previous = total;
                      } catch (RuntimeException e) {
                        failures.add(e);
                      }
                    }
                    return null;
                  }));
        }
        start.countDown();
        for (Future<?> future : futures) {
          future.get(60, TimeUnit.SECONDS);
        }
      }
      assertTrue(failures.isEmpty(), () -> "failures: " + failures);
      assertEquals(201, index.search(SearchRequest.of("common word")).totalHits());
    }
  }

  @Test
  void secondWriterIsRefusedWithAClearMessage() {
    try (NewsIndex first = NewsIndex.open(folder)) {
      var error = assertThrows(NewsgrepException.class, () -> NewsIndex.open(folder));
      assertTrue(error.getMessage().contains("another newsgrep process"), error.getMessage());
      assertFalse(first.stats().articles() < 0);
    }
  }
}
