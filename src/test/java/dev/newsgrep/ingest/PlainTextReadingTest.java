package dev.newsgrep.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeFalse;

import dev.newsgrep.Article;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class PlainTextReadingTest {

  @TempDir Path dir;

  @Test
  void firstBlockIsHeadlineAndBlankLinesSeparateParagraphs() {
    Article article =
        TestFiles.article(
            TestFiles.write(
                dir.resolve("story.txt"), "The headline\n\nFirst para.\n\n\n\nSecond\npara.\n"));
    assertEquals("story", article.id());
    assertEquals("The headline", article.title());
    assertEquals(List.of("First para.", "Second\npara."), article.paragraphs());
  }

  @Test
  void crlfFileReadsLikeLfFile() {
    Article article =
        TestFiles.article(
            TestFiles.write(
                dir.resolve("crlf.txt"), "Headline here\r\n\r\nOne\r\nline two\r\n\r\nThree\r\n"));
    assertEquals("Headline here", article.title());
    assertEquals(List.of("One\nline two", "Three"), article.paragraphs());
  }

  @Test
  void byteOrderMarkIsNotPartOfTheHeadline() {
    byte[] body = "Headline with BOM\n\nBody.".getBytes(StandardCharsets.UTF_8);
    byte[] bytes = new byte[body.length + 3];
    bytes[0] = (byte) 0xEF;
    bytes[1] = (byte) 0xBB;
    bytes[2] = (byte) 0xBF;
    System.arraycopy(body, 0, bytes, 3, body.length);
    assertEquals(
        "Headline with BOM",
        TestFiles.article(TestFiles.write(dir.resolve("bom.txt"), bytes)).title());
  }

  @Test
  void windows1252FileKeepsPoundSignsAndCurlyQuotes() {
    String text = "Café’s £5 deal\n\n“It’s fine,” she said – twice.";
    Article article =
        TestFiles.article(
            TestFiles.write(
                dir.resolve("ansi.txt"), text.getBytes(Charset.forName("windows-1252"))));
    assertEquals("Café’s £5 deal", article.title());
    assertEquals(List.of("“It’s fine,” she said – twice."), article.paragraphs());
  }

  @Test
  void latin1FileKeepsAccents() {
    String text = "Ça coûte £5\n\nL'été à Zürich, naïve façade.";
    Article article =
        TestFiles.article(
            TestFiles.write(dir.resolve("latin1.txt"), text.getBytes(StandardCharsets.ISO_8859_1)));
    assertEquals("Ça coûte £5", article.title());
    assertEquals(List.of("L'été à Zürich, naïve façade."), article.paragraphs());
  }

  @Test
  void headlineOnlyFileIsAnArticleWithoutBody() {
    Article article =
        TestFiles.article(TestFiles.write(dir.resolve("h.txt"), "\n\nJust a headline\n\n"));
    assertEquals("Just a headline", article.title());
    assertEquals(List.of(), article.paragraphs());
  }

  @Test
  void emptyAndWhitespaceOnlyFilesAreSkipped() {
    for (String content : List.of("", " \n\t\r\n \n")) {
      FileResult result = TestFiles.read(TestFiles.write(dir.resolve("e.txt"), content));
      assertEquals(List.of(), result.articles());
      assertEquals(List.of(new SkippedFile(dir.resolve("e.txt"), "empty file")), result.skipped());
    }
  }

  @Test
  void binaryFileNamedTxtIsSkippedWithItsKind() {
    byte[] png = {(byte) 0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A, 0, 0, 0, 0x0D};
    FileResult result = TestFiles.read(TestFiles.write(dir.resolve("photo.txt"), png));
    assertEquals("binary content (PNG image)", result.skipped().get(0).reason());
  }

  @Test
  void unreadableFileIsSkippedNotThrown() throws Exception {
    Path file = TestFiles.write(dir.resolve("secret.txt"), "Headline\n\nBody.");
    Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("---------"));
    assumeFalse(Files.isReadable(file), "permissions are not enforced for this user (root)");
    assertEquals(
        List.of(new SkippedFile(file, "unreadable: permission denied")),
        TestFiles.read(file).skipped());
  }

  @Test
  void folderNamedLikeATextFileIsSkippedNotThrown() throws Exception {
    Path folder = Files.createDirectories(dir.resolve("odd.txt"));
    assertEquals(
        List.of(new SkippedFile(folder, "unreadable: is a folder")),
        TestFiles.read(folder).skipped());
  }

  @Test
  void missingFileIsSkippedNotThrown() {
    Path file = dir.resolve("gone.txt");
    assertEquals(
        List.of(new SkippedFile(file, "unreadable: no such file")), TestFiles.read(file).skipped());
  }

  @Test
  void leadingSectionLabelIsKeptAsBodyAndNextBlockIsHeadline() {
    Article article =
        TestFiles.article(
            TestFiles.write(
                dir.resolve("k.txt"),
                "Crime & Safety\n\nMan Arrested After Downtown Chase\n\nPolice said."));
    assertEquals("Man Arrested After Downtown Chase", article.title());
    assertEquals(List.of("Crime & Safety", "Police said."), article.paragraphs());
  }

  @Test
  void leadingAdvertisementThenSectionLabelAreBothSkipped() {
    Article article =
        TestFiles.article(
            TestFiles.write(
                dir.resolve("ad.txt"),
                "Advertisement\n\nWorld\n\nFloods Force Thousands From Their Homes\n\nRain fell."));
    assertEquals("Floods Force Thousands From Their Homes", article.title());
    assertEquals(List.of("Advertisement", "World", "Rain fell."), article.paragraphs());
  }

  @Test
  void shortHeadlineFollowedByShortLineStaysTheHeadline() {
    // A fixture: three-word headline, then a venue line that is no headline.
    Article article =
        TestFiles.article(
            TestFiles.write(
                dir.resolve("m.txt"), "Rovers v United\n\nCity Ground\n\nKick-off 3pm."));
    assertEquals("Rovers v United", article.title());
  }

  @Test
  void shortFirstBlockBeforeASentenceStaysTheHeadline() {
    Article article =
        TestFiles.article(
            TestFiles.write(
                dir.resolve("s.txt"), "Markets rally\n\nShares rose sharply on Monday."));
    assertEquals("Markets rally", article.title());
  }

  @Test
  void seedWithSectionLabelGetsTheRealHeadline() {
    Article article = TestFiles.article(TestFiles.seed("001_"));
    assertEquals("Trump Backtracks On Cybersecurity Partnership With Putin", article.title());
    assertEquals("Politics & Government", article.paragraphs().get(0));
  }

  @Test
  void seedWithAdvertisementGetsTheRealHeadline() {
    Article article = TestFiles.article(TestFiles.seed("003_"));
    assertEquals(
        "Donald Trump backtracks on plan to work with Russians to build cyber security unit",
        article.title());
    assertEquals("Advertisement", article.paragraphs().get(0));
  }

  @Test
  void seedsWithoutChromeUseTheirFirstLine() {
    assertEquals(
        "Trump Takes Back His Plans For A Cybersecurity Unit With Russia",
        TestFiles.article(TestFiles.seed("000_")).title());
    assertEquals(
        "Donald Trump backtracks on forming cyber security unit with Russia",
        TestFiles.article(TestFiles.seed("002_")).title());
    assertTrue(
        TestFiles.article(TestFiles.seed("004_")).title().startsWith("Trump walks back joint"));
  }

  @Test
  void seedParagraphsAreTheNonEmptyBlocksMinusTheHeadline() {
    // 001 has a run of blank lines in the middle; 003 a two-line caption block.
    Article patch = TestFiles.article(TestFiles.seed("001_"));
    assertEquals(24, patch.paragraphs().size());
    Article independent = TestFiles.article(TestFiles.seed("003_"));
    assertTrue(independent.paragraphs().get(1).contains("REUTERS/Carlos Barria\nMr Trump"));
  }

  @Test
  void seedsHaveNoManifestSoUrlAndDateAreUnknown() {
    Article article = TestFiles.article(TestFiles.seed("000_"));
    assertNull(article.url());
    assertNull(article.date());
  }
}
