package dev.newsgrep.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.newsgrep.Article;
import java.nio.file.Files;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The whole BBC corpus (../shared/corpora/bbc): 1,438 files in business, politics and sport. */
class BbcCorpusTest {

  private static CorpusScan scan;
  private static Map<String, Article> articles;

  @BeforeAll
  static void readCorpus() {
    scan = CorpusScanner.scan(List.of(TestFiles.BBC));
    var reader = new ArticleFileReader();
    var results = scan.files().parallelStream().map(reader::read).toList();
    assertEquals(List.of(), results.stream().flatMap(r -> r.skipped().stream()).toList());
    articles =
        results.stream()
            .flatMap(r -> r.articles().stream())
            .collect(Collectors.toMap(Article::id, Function.identity()));
  }

  @Test
  void readsEveryFileWithNothingSkipped() {
    assertEquals(List.of(), scan.skipped());
    assertEquals(1438, scan.files().size());
    assertEquals(1438, articles.size());
  }

  @Test
  void numberedFilesClashAcrossFoldersAndGetFolderIds() {
    assertTrue(articles.containsKey("business/001"));
    assertTrue(articles.containsKey("politics/001"));
    assertTrue(articles.containsKey("sport/001"));
    // 001-417 exist in all three folders, 418-510 in business and sport, 511 only in sport.
    assertTrue(articles.containsKey("business/510") && articles.containsKey("sport/510"));
    assertTrue(articles.containsKey("511"));
    assertEquals(1437, articles.keySet().stream().filter(id -> id.contains("/")).count());
  }

  @Test
  void poundSignIsDecoded() {
    Article article = articles.get("politics/001");
    assertTrue(article.paragraphs().stream().anyMatch(p -> p.contains("£")));
    assertTrue(
        articles.values().stream()
            .flatMap(a -> a.numberedParagraphs().stream())
            .noneMatch(p -> p.contains("Â") || p.contains("\uFFFD")));
  }

  @Test
  void paragraphCountMatchesTheReadme() {
    // README: 6,689 non-empty paragraphs after the headline line; blank runs and whitespace-only
    // paragraphs are dropped, and no BBC file opens with page chrome, so the headline is line 1.
    assertEquals(6689, articles.values().stream().mapToInt(a -> a.paragraphs().size()).sum());
  }

  @Test
  void headlineIsTheFirstLine() throws Exception {
    for (var file : scan.files()) {
      String firstLine = Files.readAllLines(file.path()).get(0).strip();
      assertEquals(firstLine, articles.get(file.articleId()).title(), file.articleId());
    }
  }

  @Test
  void bulletListKeepsItsLineBreaks() {
    Article article = articles.get("politics/050");
    assertTrue(
        article.paragraphs().stream()
            .anyMatch(
                p -> p.startsWith("- A comprehensive ban") && p.contains("\n - The legislation")));
  }

  @Test
  void sportLineUpWithShortHeadlineKeepsItsHeadline() {
    assertEquals("Blackburn v Burnley", articles.get("sport/179").title());
    assertEquals("Ewood Park", articles.get("sport/179").paragraphs().get(0));
  }
}
