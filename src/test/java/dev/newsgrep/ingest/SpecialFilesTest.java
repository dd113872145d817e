package dev.newsgrep.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.TimeUnit;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** FIFOs, devices, link loops, and a folder of every kind of bad file, read for real. */
class SpecialFilesTest {

  /** Reading must not block: a FIFO that was opened would hang the test until this runs out. */
  private static final Duration NO_BLOCKING = Duration.ofSeconds(20);

  @TempDir Path dir;

  static Path mkfifo(Path path) throws IOException, InterruptedException {
    Process process = new ProcessBuilder("mkfifo", path.toString()).inheritIO().start();
    assertTrue(process.waitFor(10, TimeUnit.SECONDS) && process.exitValue() == 0, "mkfifo");
    return path;
  }

  /** Every file the scan and the reads passed over, by path, with its reasons. */
  private static Map<Path, List<String>> skippedByPath(List<Path> roots) {
    CorpusScan scan = CorpusScanner.scan(roots);
    var all = new ArrayList<>(scan.skipped());
    var reader = new ArticleFileReader();
    for (SourceFile file : scan.files()) {
      all.addAll(reader.read(file).skipped());
    }
    var byPath = new TreeMap<Path, List<String>>();
    for (SkippedFile skipped : all) {
      byPath.computeIfAbsent(skipped.path(), p -> new ArrayList<>()).add(skipped.reason());
    }
    return byPath;
  }

  @Test
  void fifoNamedTxtIsSkippedNeverOpened() throws Exception {
    Path fifo = mkfifo(dir.resolve("pipe.txt"));
    TestFiles.write(dir.resolve("good.txt"), "Headline\n\nBody.");
    assertTimeoutPreemptively(
        NO_BLOCKING,
        () -> {
          CorpusScan scan = CorpusScanner.scan(List.of(dir));
          assertEquals(List.of(new SkippedFile(fifo, "not a regular file (FIFO)")), scan.skipped());
          assertEquals(1, scan.files().size());
          assertEquals(
              List.of(new SkippedFile(fifo, "not a regular file (FIFO)")),
              CorpusScanner.scan(List.of(fifo)).skipped(),
              "named directly");
          assertEquals(
              List.of(new SkippedFile(fifo, "not a regular file (FIFO)")),
              TestFiles.read(fifo).skipped(),
              "read directly, as the library allows");
        });
  }

  @Test
  void deviceNamedTxtIsSkippedNeverRead() throws Exception {
    Path zero = Path.of("/dev/zero");
    assumeTrue(Files.exists(zero), "no /dev/zero here");
    // /dev/zero never ends: reading it would fill the memory.
    Path link = Files.createSymbolicLink(dir.resolve("zero.txt"), zero);
    assertTimeoutPreemptively(
        NO_BLOCKING,
        () -> {
          assertEquals(
              List.of(new SkippedFile(link, "not a regular file (character device)")),
              CorpusScanner.scan(List.of(dir)).skipped());
          assertEquals(
              "not a regular file (character device)",
              TestFiles.read(link).skipped().get(0).reason());
        });
  }

  @Test
  void linkToItselfIsASymbolicLinkLoop() throws Exception {
    Path self = Files.createSymbolicLink(dir.resolve("self.txt"), Path.of("self.txt"));
    assertEquals(
        List.of(new SkippedFile(self, "symbolic link loop")),
        CorpusScanner.scan(List.of(dir)).skipped());
    assertEquals("symbolic link loop", TestFiles.read(self).skipped().get(0).reason());
  }

  @Test
  void twoLinksToEachOtherAreEachReportedOnce() throws Exception {
    Path a = Files.createSymbolicLink(dir.resolve("a.txt"), Path.of("b.txt"));
    Path b = Files.createSymbolicLink(dir.resolve("b.txt"), Path.of("a.txt"));
    assertEquals(
        List.of(new SkippedFile(a, "symbolic link loop"), new SkippedFile(b, "symbolic link loop")),
        CorpusScanner.scan(List.of(dir)).skipped());
  }

  @Test
  void folderLinkLoopReachedTwiceIsReportedOnce() throws Exception {
    TestFiles.write(dir.resolve("sub/a.txt"), "x");
    Path loop = Files.createSymbolicLink(dir.resolve("sub/up"), dir);
    // The folder named a second time, directly and through the loop, is not read again.
    assertEquals(
        Map.of(loop, List.of("symbolic link loop")),
        skippedByPath(List.of(dir, dir.resolve("sub"), loop)));
  }

  @Test
  void everyBadFileInAFolderIsReportedOnceOnOneLineAndTheGoodOnesAreRead() throws Exception {
    TestFiles.write(dir.resolve("good.txt"), "Good headline\n\nGood body.");
    TestFiles.write(dir.resolve("headline-only.txt"), "Only a headline\n");
    TestFiles.write(dir.resolve("empty.txt"), "");
    TestFiles.write(dir.resolve("blank.txt"), " \r\n\t\n");
    TestFiles.write(
        dir.resolve("png.txt"), new byte[] {(byte) 0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A});
    var zip = new ByteArrayOutputStream();
    try (var out = new ZipOutputStream(zip)) {
      out.putNextEntry(new ZipEntry("story.txt"));
      out.write("Headline\n\nBody.".getBytes(StandardCharsets.UTF_8));
    }
    TestFiles.write(dir.resolve("zip.txt"), zip.toByteArray());
    TestFiles.write(dir.resolve("nul.txt"), "Head\0line\n\nBody.".getBytes(StandardCharsets.UTF_8));
    mkfifo(dir.resolve("pipe.txt"));
    Files.createSymbolicLink(dir.resolve("broken.txt"), dir.resolve("gone.txt"));
    Files.createSymbolicLink(dir.resolve("self.txt"), Path.of("self.txt"));
    Files.createSymbolicLink(Files.createDirectories(dir.resolve("sub")).resolve("up"), dir);
    var badLines = new StringBuilder("{\"id\":\"fine\",\"text\":\"Fine.\"}\n");
    for (int i = 0; i < 8; i++) {
      badLines.append("{broken\n");
    }
    TestFiles.write(dir.resolve("feed.jsonl"), badLines.toString());
    TestFiles.write(
        dir.resolve("manifest.tsv"),
        "file\toutlet\tsection\ngood.txt\tGood Times\tnews\nghost.txt\tX\n\nphantom.txt\n");

    Map<Path, List<String>> skipped =
        assertTimeoutPreemptively(NO_BLOCKING, () -> skippedByPath(List.of(dir)));

    for (var entry : skipped.entrySet()) {
      assertEquals(1, entry.getValue().size(), entry.getKey() + " reported more than once");
      assertTrue(entry.getValue().get(0).lines().count() == 1, entry.toString());
    }
    var reasons = new TreeMap<String, String>();
    skipped.forEach((path, why) -> reasons.put(dir.relativize(path).toString(), why.get(0)));
    String feed = reasons.remove("feed.jsonl");
    assertTrue(
        feed.matches(
            "line 2: malformed JSON \\(.*\\); line 3: .*; line 4: .*; line 5: .*; line 6: .*;"
                + " and 3 more bad lines"),
        feed);
    assertEquals(
        new TreeMap<>(
            Map.ofEntries(
                Map.entry("empty.txt", "empty file"),
                Map.entry("blank.txt", "empty file"),
                Map.entry("png.txt", "binary content (PNG image)"),
                Map.entry("zip.txt", "binary content (ZIP archive)"),
                Map.entry("nul.txt", "binary content (NUL bytes)"),
                Map.entry("pipe.txt", "not a regular file (FIFO)"),
                Map.entry("broken.txt", "broken symbolic link"),
                Map.entry("self.txt", "symbolic link loop"),
                Map.entry("sub/up", "symbolic link loop"),
                Map.entry(
                    "manifest.tsv",
                    "line 1: unknown column section, ignored; line 3: no such file ghost.txt;"
                        + " line 5: no such file phantom.txt"))),
        reasons);
    List<String> read =
        TestFiles.readAll(CorpusScanner.scan(List.of(dir))).stream()
            .map(a -> a.id() + ":" + a.title() + ":" + a.outlet())
            .toList();
    assertEquals(
        List.of(
            "fine::null", "good:Good headline:Good Times", "headline-only:Only a headline:null"),
        read);
    assertEquals(skipped.size(), new HashSet<>(skipped.keySet()).size());
  }
}
