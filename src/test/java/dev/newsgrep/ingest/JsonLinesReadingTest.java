package dev.newsgrep.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.newsgrep.Article;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class JsonLinesReadingTest {

  @TempDir Path dir;

  @Test
  void readsOneArticlePerLineWithAllFields() {
    Path file =
        TestFiles.write(
            dir.resolve("feed.jsonl"),
            """
            {"id":"a1","title":"Rates rise","text":"First para.\\n\\nSecond\\npara.","outlet":"Example Times","url":"https://example.org/a1","date":"2024-05-01"}
            """);
    FileResult result = TestFiles.read(file);
    assertEquals(List.of(), result.skipped());
    assertEquals(
        List.of(
            new Article(
                "a1",
                "Rates rise",
                List.of("First para.", "Second\npara."),
                "Example Times",
                "https://example.org/a1",
                "2024-05-01")),
        result.articles());
  }

  @Test
  void firstBlockOfTextIsBodyNotHeadline() {
    Path file =
        TestFiles.write(
            dir.resolve("t.jsonl"), "{\"text\":\"Looks Like A Headline Here\\n\\nBody.\"}\n");
    Article article = TestFiles.article(file);
    assertEquals("", article.title());
    assertEquals(List.of("Looks Like A Headline Here", "Body."), article.paragraphs());
  }

  @Test
  void malformedLineIsSkippedWithItsLineNumberAndOthersAreRead() {
    Path file =
        TestFiles.write(
            dir.resolve("mixed.jsonl"),
            """
            {"id":"one","text":"Para one."}

            {"id":"two","text":"Para two."}
            {"id":"three", text: oops}
            {"id":"four","title":"No text here"}
            {"id":"five","text":42}
            [1,2]
            {"text":"Para eight."}
            """);
    FileResult result = TestFiles.read(file);
    assertEquals(
        List.of("one", "two", "mixed#8"), result.articles().stream().map(Article::id).toList());
    assertEquals(1, result.skipped().size(), "the file is reported once: " + result.skipped());
    assertEquals(file, result.skipped().get(0).path());
    String[] reasons = result.skipped().get(0).reason().split("; ");
    assertEquals(4, reasons.length, result.skipped().toString());
    assertTrue(reasons[0].startsWith("line 4: malformed JSON ("), reasons[0]);
    assertEquals("line 5: no \"text\" field", reasons[1]);
    assertEquals("line 6: \"text\" is not a string", reasons[2]);
    assertEquals("line 7: not a JSON object", reasons[3]);
  }

  @Test
  void missingIdIsFileNameAndLineNumber() {
    Path file = TestFiles.write(dir.resolve("wire.jsonl"), "\n\n{\"text\":\"Body.\"}\n");
    assertEquals("wire#3", TestFiles.article(file).id());
  }

  @Test
  void duplicateIdInOneFileIsSkipped() {
    Path file =
        TestFiles.write(
            dir.resolve("dup.jsonl"),
            "{\"id\":\"x\",\"text\":\"A.\"}\n{\"id\":\"x\",\"text\":\"B.\"}\n");
    FileResult result = TestFiles.read(file);
    assertEquals(1, result.articles().size());
    assertEquals("line 2: duplicate id x", result.skipped().get(0).reason());
  }

  @Test
  void crlfLinesAndCrlfInsideTextAreHandled() {
    Path file =
        TestFiles.write(
            dir.resolve("crlf.jsonl"),
            "{\"text\":\"One.\\r\\n\\r\\nTwo.\"}\r\n{\"text\":\"Three.\"}\r\n");
    FileResult result = TestFiles.read(file);
    assertEquals(List.of(), result.skipped());
    assertEquals(List.of("One.", "Two."), result.articles().get(0).paragraphs());
    assertEquals("crlf#2", result.articles().get(1).id());
  }

  @Test
  void recordFieldsWinOverInferredOutlet() {
    Path file =
        TestFiles.write(
            dir.resolve("o.jsonl"),
            "{\"outlet\":\"Given Outlet\",\"text\":\"LONDON (Reuters) - Body.\"}\n"
                + "{\"text\":\"LONDON (Reuters) - Body.\"}\n");
    List<Article> articles = TestFiles.read(file).articles();
    assertEquals("Given Outlet", articles.get(0).outlet());
    assertEquals("Reuters", articles.get(1).outlet());
  }

  @Test
  void fileOfBlankLinesIsEmpty() {
    Path file = TestFiles.write(dir.resolve("blank.jsonl"), "\n  \n");
    assertEquals("empty file", TestFiles.read(file).skipped().get(0).reason());
  }
}
