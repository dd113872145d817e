package dev.newsgrep.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.newsgrep.Article;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Two articles with one id in one run: neither silently replaces the other. */
class DuplicateIdsTest {

  @TempDir Path dir;

  /** Scans {@code roots} and reads every file with one reader, in scan order, as a run does. */
  private static FileResult readRun(List<Path> roots) {
    var reader = new ArticleFileReader();
    var articles = new ArrayList<Article>();
    var skipped = new ArrayList<SkippedFile>();
    for (SourceFile file : CorpusScanner.scan(roots).files()) {
      FileResult result = reader.read(file);
      articles.addAll(result.articles());
      skipped.addAll(result.skipped());
    }
    return new FileResult(articles, skipped);
  }

  private static List<String> ids(FileResult result) {
    return result.articles().stream().map(Article::id).toList();
  }

  @Test
  void sameFileNameInTwoFoldersGivesTwoArticles() {
    TestFiles.write(dir.resolve("monday/story.txt"), "Monday's story\n\nBody.");
    TestFiles.write(dir.resolve("tuesday/story.txt"), "Tuesday's story\n\nBody.");
    FileResult run = readRun(List.of(dir.resolve("monday"), dir.resolve("tuesday")));
    assertEquals(2, run.articles().size());
    assertEquals(2, ids(run).stream().distinct().count(), ids(run).toString());
    assertEquals(List.of(), run.skipped());
  }

  @Test
  void sameJsonIdInFeedsOfTwoFoldersIsReportedNotOverwritten() {
    Path first =
        TestFiles.write(dir.resolve("a/feed.jsonl"), "{\"id\":\"x1\",\"text\":\"First.\"}\n");
    Path second =
        TestFiles.write(
            dir.resolve("b/feed.jsonl"),
            "{\"id\":\"y1\",\"text\":\"Other.\"}\n{\"id\":\"x1\",\"text\":\"Second.\"}\n");
    FileResult run = readRun(List.of(dir));
    assertEquals(List.of("x1", "y1"), ids(run));
    assertEquals("First.", run.articles().get(0).paragraphs().get(0));
    assertEquals(
        List.of(
            new SkippedFile(
                second, "line 2: duplicate article id x1 (already read from " + first + ")")),
        run.skipped());
  }

  @Test
  void jsonRecordWithATextFilesIdIsReported() {
    Path text = TestFiles.write(dir.resolve("a/story.txt"), "Headline\n\nBody.");
    Path feed =
        TestFiles.write(dir.resolve("b/wire.jsonl"), "{\"id\":\"story\",\"text\":\"X.\"}\n");
    FileResult run = readRun(List.of(dir));
    assertEquals(List.of("story"), ids(run));
    assertEquals(
        List.of(
            new SkippedFile(
                feed, "line 1: duplicate article id story (already read from " + text + ")")),
        run.skipped());
  }

  @Test
  void readingTheSameFileAgainIsNoClash() {
    Path file = TestFiles.write(dir.resolve("feed.jsonl"), "{\"id\":\"a\",\"text\":\"A.\"}\n");
    var reader = new ArticleFileReader();
    reader.read(SourceFile.of(file));
    assertEquals(List.of(), reader.read(SourceFile.of(file)).skipped());
  }
}
