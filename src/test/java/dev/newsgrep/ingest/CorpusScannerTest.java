package dev.newsgrep.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeFalse;

import dev.newsgrep.Article;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CorpusScannerTest {

  @TempDir Path dir;

  private static List<String> ids(CorpusScan scan) {
    return scan.files().stream().map(SourceFile::articleId).toList();
  }

  private static List<String> reasons(CorpusScan scan) {
    return scan.skipped().stream().map(SkippedFile::reason).toList();
  }

  @Test
  void takesTxtAndJsonlRecursivelyInSortedOrderAndIgnoresOtherFiles() {
    TestFiles.write(dir.resolve("b.txt"), "B");
    TestFiles.write(dir.resolve("a.txt"), "A");
    TestFiles.write(dir.resolve("sub/c.txt"), "C");
    TestFiles.write(dir.resolve("sub/feed.jsonl"), "{\"text\":\"x\"}");
    TestFiles.write(dir.resolve("notes.md"), "ignored");
    TestFiles.write(dir.resolve("photo.png"), new byte[] {1, 2});
    TestFiles.write(dir.resolve(".hidden/d.txt"), "hidden");
    CorpusScan scan = CorpusScanner.scan(List.of(dir));
    assertEquals(List.of("a", "b", "c", "feed"), ids(scan));
    assertEquals(List.of(), scan.skipped());
    assertTrue(scan.files().stream().allMatch(f -> f.root().equals(dir)));
  }

  @Test
  void scanIsDeterministic() {
    for (String name : List.of("z.txt", "m.txt", "a/q.txt", "a/b.txt", "k/a.txt", "a.txt")) {
      TestFiles.write(dir.resolve(name), "x");
    }
    assertEquals(CorpusScanner.scan(List.of(dir)), CorpusScanner.scan(List.of(dir)));
    // A folder's files come before its subfolders; "a.txt" and "k/a.txt" clash.
    assertEquals(List.of("a", "m", "z", "b", "q", "k/a"), ids(CorpusScanner.scan(List.of(dir))));
  }

  @Test
  void clashingIdsBothBecomeRelativePathsWithSlashes() {
    TestFiles.write(dir.resolve("business/001.txt"), "x");
    TestFiles.write(dir.resolve("sport/001.txt"), "x");
    TestFiles.write(dir.resolve("sport/002.txt"), "x");
    assertEquals(
        List.of("business/001", "sport/001", "002"), ids(CorpusScanner.scan(List.of(dir))));
  }

  @Test
  void clashAcrossTwoRootsUsesEachRoot() {
    TestFiles.write(dir.resolve("one/x/a.txt"), "x");
    TestFiles.write(dir.resolve("two/y/a.txt"), "x");
    CorpusScan scan = CorpusScanner.scan(List.of(dir.resolve("one"), dir.resolve("two")));
    assertEquals(List.of("x/a", "y/a"), ids(scan));
  }

  @Test
  void sameNameNamedDirectlyFromTwoFoldersStillGetsDistinctIds() {
    Path a = TestFiles.write(dir.resolve("one/a.txt"), "x");
    Path b = TestFiles.write(dir.resolve("two/a.txt"), "x");
    List<String> ids = ids(CorpusScanner.scan(List.of(a, b)));
    assertEquals(2, ids.stream().distinct().count());
    assertTrue(ids.get(0).endsWith("one/a") && ids.get(1).endsWith("two/a"), ids.toString());
  }

  @Test
  void sameFileGivenTwiceIsReadOnce() {
    Path file = TestFiles.write(dir.resolve("a.txt"), "x");
    assertEquals(List.of("a"), ids(CorpusScanner.scan(List.of(dir, file))));
  }

  @Test
  void missingPathIsSkipped() {
    Path missing = dir.resolve("nope");
    assertEquals(
        List.of(new SkippedFile(missing, "no such file or folder")),
        CorpusScanner.scan(List.of(missing)).skipped());
  }

  @Test
  void brokenSymlinkIsSkippedWithReason() throws Exception {
    TestFiles.write(dir.resolve("a.txt"), "x");
    Path link = Files.createSymbolicLink(dir.resolve("dangling.txt"), dir.resolve("gone.txt"));
    CorpusScan scan = CorpusScanner.scan(List.of(dir));
    assertEquals(List.of("a"), ids(scan));
    assertEquals(List.of(new SkippedFile(link, "broken symbolic link")), scan.skipped());
  }

  @Test
  void symlinkLoopIsSkippedNotFollowed() throws Exception {
    TestFiles.write(dir.resolve("sub/a.txt"), "x");
    Path loop = Files.createSymbolicLink(dir.resolve("sub/back"), dir);
    CorpusScan scan = CorpusScanner.scan(List.of(dir));
    assertEquals(List.of("a"), ids(scan));
    assertEquals(List.of(new SkippedFile(loop, "symbolic link loop")), scan.skipped());
  }

  @Test
  void symlinkedFileAndFolderAreFollowed() throws Exception {
    Path elsewhere = Files.createDirectories(dir.resolve("elsewhere"));
    TestFiles.write(elsewhere.resolve("story.txt"), "x");
    Path corpus = Files.createDirectories(dir.resolve("corpus"));
    Files.createSymbolicLink(corpus.resolve("linked"), elsewhere);
    assertEquals(List.of("story"), ids(CorpusScanner.scan(List.of(corpus))));
  }

  @Test
  void manifestGivesMetadataToFilesBesideIt() {
    TestFiles.write(dir.resolve("a.txt"), "Headline A\n\nLONDON (Reuters) - Body.");
    TestFiles.write(dir.resolve("b.txt"), "Headline B\n\nBody.");
    TestFiles.write(dir.resolve("c.txt"), "Headline C\n\nBody.");
    TestFiles.write(
        dir.resolve("manifest.tsv"),
        "file\toutlet\turl\tdate\n"
            + "a.txt\tThe Daily Example\thttps://example.org/a\t2020-01-02\n"
            + "b.txt\t\t\t2021-03-04\n");
    CorpusScan scan = CorpusScanner.scan(List.of(dir));
    assertEquals(List.of(), scan.skipped());
    assertEquals(
        new ArticleMetadata("The Daily Example", "https://example.org/a", "2020-01-02"),
        scan.files().get(0).metadata());
    assertEquals(new ArticleMetadata(null, null, "2021-03-04"), scan.files().get(1).metadata());
    assertEquals(ArticleMetadata.NONE, scan.files().get(2).metadata());
    List<Article> articles = TestFiles.readAll(scan);
    assertEquals("The Daily Example", articles.get(0).outlet(), "manifest wins over the dateline");
  }

  @Test
  void manifestColumnsMayBeReorderedOrMissing() {
    TestFiles.write(dir.resolve("a.txt"), "x");
    TestFiles.write(dir.resolve("manifest.tsv"), "date\tfile\n2019-12-31\ta.txt\n");
    assertEquals(
        new ArticleMetadata(null, null, "2019-12-31"),
        CorpusScanner.scan(List.of(dir)).files().get(0).metadata());
  }

  @Test
  void manifestRowForMissingFileIsSkippedWithLineNumber() {
    TestFiles.write(dir.resolve("a.txt"), "x");
    Path manifest =
        TestFiles.write(dir.resolve("manifest.tsv"), "file\toutlet\na.txt\tX\n\nghost.txt\tY\n");
    CorpusScan scan = CorpusScanner.scan(List.of(dir));
    assertEquals(
        List.of(new SkippedFile(manifest, "line 4: no such file ghost.txt")), scan.skipped());
    assertEquals("X", scan.files().get(0).metadata().outlet());
  }

  @Test
  void manifestWithoutFileColumnIsSkipped() {
    TestFiles.write(dir.resolve("a.txt"), "x");
    Path manifest = TestFiles.write(dir.resolve("manifest.tsv"), "name\toutlet\na.txt\tX\n");
    CorpusScan scan = CorpusScanner.scan(List.of(dir));
    assertEquals(List.of(manifest), scan.skipped().stream().map(SkippedFile::path).toList());
    assertTrue(reasons(scan).get(0).contains("no file column"), reasons(scan).toString());
    assertEquals(ArticleMetadata.NONE, scan.files().get(0).metadata());
  }

  @Test
  void manifestRowsMissingCellsGiveWhatTheyHave() {
    TestFiles.write(dir.resolve("a.txt"), "x");
    TestFiles.write(dir.resolve("b.txt"), "x");
    TestFiles.write(
        dir.resolve("manifest.tsv"), "file\toutlet\turl\tdate\na.txt\tThe Paper\nb.txt\n");
    CorpusScan scan = CorpusScanner.scan(List.of(dir));
    assertEquals(List.of(), scan.skipped());
    assertEquals(new ArticleMetadata("The Paper", null, null), scan.files().get(0).metadata());
    assertEquals(ArticleMetadata.NONE, scan.files().get(1).metadata());
  }

  @Test
  void manifestProblemsAreOneReportForTheManifest() {
    TestFiles.write(dir.resolve("a.txt"), "x");
    Path manifest =
        TestFiles.write(
            dir.resolve("manifest.tsv"),
            "file\tOutlet\tauthor\na.txt\tX\tJo\nghost.txt\tY\n\ta.txt\na.txt\tZ\n");
    CorpusScan scan = CorpusScanner.scan(List.of(dir));
    assertEquals(
        List.of(
            new SkippedFile(
                manifest,
                "line 1: unknown column author, ignored; line 3: no such file ghost.txt;"
                    + " line 4: no file name; line 5: second row for a.txt")),
        scan.skipped());
    assertEquals("X", scan.files().get(0).metadata().outlet(), "the good row still counts");
  }

  @Test
  void manifestThatIsAFolderOrEmptyIsHandled() throws Exception {
    TestFiles.write(dir.resolve("one/a.txt"), "x");
    Files.createDirectories(dir.resolve("one/manifest.tsv"));
    TestFiles.write(dir.resolve("two/b.txt"), "x");
    Path empty = TestFiles.write(dir.resolve("two/manifest.tsv"), "\n\n");
    assertEquals(
        List.of(new SkippedFile(empty, "empty manifest")),
        CorpusScanner.scan(List.of(dir)).skipped());
  }

  @Test
  void unreadableFolderIsSkippedWithReason() throws Exception {
    Path locked = Files.createDirectories(dir.resolve("locked"));
    TestFiles.write(locked.resolve("a.txt"), "x");
    Files.setPosixFilePermissions(locked, PosixFilePermissions.fromString("---------"));
    try {
      assumeFalse(Files.isReadable(locked), "permissions are not enforced for this user (root)");
      assertEquals(
          List.of(new SkippedFile(locked, "unreadable: permission denied")),
          CorpusScanner.scan(List.of(dir)).skipped());
    } finally {
      Files.setPosixFilePermissions(locked, PosixFilePermissions.fromString("rwx------"));
    }
  }

  @Test
  void manifestAppliesToItsOwnFolderOnly() {
    TestFiles.write(dir.resolve("sub/a.txt"), "x");
    TestFiles.write(dir.resolve("manifest.tsv"), "file\toutlet\n");
    assertEquals(ArticleMetadata.NONE, CorpusScanner.scan(List.of(dir)).files().get(0).metadata());
  }

  @Test
  void manifestMetadataReachesJsonLinesRecordsBelowTheirOwnFields() {
    TestFiles.write(
        dir.resolve("feed.jsonl"),
        "{\"text\":\"Body.\",\"date\":\"own date\"}\n{\"text\":\"Body.\",\"outlet\":\"Own\"}\n");
    TestFiles.write(
        dir.resolve("manifest.tsv"),
        "file\toutlet\tdate\nfeed.jsonl\tFrom Manifest\tmanifest date\n");
    List<Article> articles = TestFiles.readAll(CorpusScanner.scan(List.of(dir)));
    assertEquals("From Manifest", articles.get(0).outlet());
    assertEquals("own date", articles.get(0).date());
    assertEquals("Own", articles.get(1).outlet());
    assertEquals("manifest date", articles.get(1).date());
  }

  @Test
  void scansTheSeedsFolder() {
    CorpusScan scan = CorpusScanner.scan(List.of(TestFiles.SEEDS));
    assertEquals(
        List.of(
            "000_dfce778cabbd327a",
            "001_4f1e5253cac1f45d",
            "002_b2141d8312e09322",
            "003_a8392587256ebd47",
            "004_e1176d0ba3182e18"),
        ids(scan));
    assertEquals(List.of(), scan.skipped());
  }
}
