package dev.newsgrep.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.newsgrep.Article;
import java.io.RandomAccessFile;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Files too big to be one paragraph or one headline, and files too big to read at all. */
class LargeFileReadingTest {

  private static final int MAX = LongParagraphs.MAX_CHARS;

  @TempDir Path dir;

  @Test
  void fiftyMegabyteFileWithoutBlankLinesBecomesManyParagraphs() {
    byte[] bytes = TestFiles.bbcWithoutBlankLines(50 * 1024 * 1024);
    Path file = TestFiles.write(dir.resolve("dump.txt"), bytes);
    String original = new String(bytes, StandardCharsets.UTF_8);
    bytes = null; // the test holds enough copies of 50 MB as it is

    Article article = TestFiles.article(file);

    String firstLine = original.substring(0, original.indexOf('\n'));
    assertEquals("Ad sales boost Time Warner profit", firstLine, "the corpus starts as expected");
    assertEquals(firstLine, article.title(), "too long a first block: its first line is the title");
    List<String> body = article.paragraphs();
    assertTrue(body.size() >= original.length() / MAX, body.size() + " paragraphs");
    assertTrue(body.stream().allMatch(p -> p.length() <= MAX), "every paragraph within the bound");
    TestFiles.assertPiecesCover(original.substring(firstLine.length()), body);
  }

  @Test
  void paragraphOf100000CharactersInAFileBecomesSeveralParagraphs() {
    String paragraph =
        "The committee met again on Tuesday, and the talks went on late into the night. "
            .repeat(1_300)
            .strip();
    assertTrue(paragraph.length() > 100_000);
    Article article =
        TestFiles.article(
            TestFiles.write(
                dir.resolve("long.txt"),
                "Talks go on\n\nShort first paragraph.\n\n" + paragraph + "\n\nLast one.\n"));
    assertEquals("Talks go on", article.title());
    List<String> body = article.paragraphs();
    assertEquals("Short first paragraph.", body.get(0));
    assertEquals("Last one.", body.get(body.size() - 1));
    List<String> pieces = body.subList(1, body.size() - 1);
    assertEquals(11, pieces.size(), "102,700 characters in pieces of at most 10,000");
    TestFiles.assertPiecesCover(paragraph, pieces);
    assertTrue(pieces.stream().allMatch(p -> p.length() <= MAX && p.endsWith("night.")));
  }

  @Test
  void jsonLinesTextWithAHugeParagraphIsSplitToo() {
    String paragraph = "Markets fell sharply. ".repeat(2_000).strip();
    FileResult result =
        TestFiles.read(
            TestFiles.write(
                dir.resolve("feed.jsonl"),
                "{\"id\":\"big\",\"title\":\"Markets\",\"text\":\"" + paragraph + "\"}\n"));
    List<String> body = result.articles().get(0).paragraphs();
    assertEquals(5, body.size());
    TestFiles.assertPiecesCover(paragraph, body);
  }

  @Test
  void firstBlockTooLongForAHeadlineGivesItsFirstLineAsHeadline() {
    String rest = "Lines of the story follow the headline with no blank line between.\n".repeat(30);
    Article article =
        TestFiles.article(
            TestFiles.write(
                dir.resolve("noblank.txt"), "Floods close the coast road\n" + rest + "\nEnd."));
    assertEquals("Floods close the coast road", article.title());
    assertEquals(List.of(rest.strip(), "End."), article.paragraphs());
  }

  @Test
  void oneHugeLineHasNoHeadlineAndIsAllBody() {
    String line = "No line breaks here, just one sentence after another. ".repeat(500).strip();
    Article article = TestFiles.article(TestFiles.write(dir.resolve("oneline.txt"), line));
    assertEquals("", article.title(), "no line of it is short enough to be a headline");
    assertEquals(3, article.paragraphs().size());
    TestFiles.assertPiecesCover(line, article.paragraphs());
  }

  @Test
  void shortFirstBlockOfSeveralLinesStaysTheHeadline() {
    Article article =
        TestFiles.article(
            TestFiles.write(dir.resolve("two.txt"), "Headline\nand its second line\n\nBody."));
    assertEquals("Headline\nand its second line", article.title());
  }

  @Test
  void fileOverTheSizeCapIsSkippedWithoutBeingRead() throws Exception {
    Path file = dir.resolve("huge.txt");
    try (var sparse = new RandomAccessFile(file.toFile(), "rw")) {
      sparse.setLength(ArticleFileReader.MAX_FILE_BYTES + 1); // sparse: no disk, no time
    }
    assertEquals(
        List.of(new SkippedFile(file, "too large (257 MiB; the limit is 256 MiB)")),
        TestFiles.read(file).skipped());
    assertTrue(Files.size(file) > ArticleFileReader.MAX_FILE_BYTES);
  }
}
