package dev.newsgrep.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.newsgrep.Article;
import dev.newsgrep.ingest.ArticleFileReader;
import dev.newsgrep.ingest.CorpusScanner;
import dev.newsgrep.ingest.SourceFile;
import java.io.BufferedReader;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.RandomAccessFile;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code ./newsgrep index} over a folder holding every kind of bad file beside good articles, run
 * as a separate process: indexing goes on past each bad file, reports each once with why, and
 * indexes exactly the good articles.
 *
 * <p>Permission bits do not stop root, so when the tests run as root (as in CI) the indexer is run
 * as the unprivileged user 65534 through {@code setpriv}; the files it must read are made readable
 * to it and the index folder writable.
 */
class BadFilesIT {

  private static final Path BBC = Path.of("../shared/corpora/bbc");
  private static final int SMALL_FILES = 10_000;
  private static final int MAX_PARAGRAPH_CHARS = 10_000;
  private static final ObjectMapper JSON = new ObjectMapper();

  /** {@code skipped PATH: REASON}, as {@code index} prints each file it passed over. */
  private static final Pattern SKIPPED = Pattern.compile("^skipped (.+?): (.+)$");

  @TempDir Path work;

  private NewsgrepProcess.Run run(List<String> prefix, Path out, String... args)
      throws IOException, InterruptedException {
    Path err = Files.createTempFile(work, "err", ".txt");
    return NewsgrepProcess.startAs(prefix, out, err, args).await(Duration.ofMinutes(10));
  }

  /** How to run the indexer as a user whom permission bits stop, or empty when this one is. */
  private static List<String> unprivileged() {
    if (!"root".equals(System.getProperty("user.name"))) {
      return List.of();
    }
    Path setpriv = Path.of("/usr/bin/setpriv");
    if (!Files.isExecutable(setpriv)) {
      throw new AssertionError(
          "running as root, whom permissions do not stop, and no /usr/bin/setpriv (util-linux)");
    }
    return List.of(setpriv.toString(), "--reuid=65534", "--regid=65534", "--clear-groups");
  }

  @Test
  void indexesEveryGoodArticleAndReportsEachBadFileOnceWithWhy() throws Exception {
    Files.setPosixFilePermissions(work, PosixFilePermissions.fromString("rwxr-xr-x"));
    Path corpus = Files.createDirectories(work.resolve("corpus"));
    List<String> good = writeGoodArticles(corpus);
    Map<String, String> bad = writeBadFiles(corpus);

    Path index = Files.createDirectories(work.resolve("index"));
    Files.setPosixFilePermissions(index, PosixFilePermissions.fromString("rwxrwxrwx"));
    long started = System.nanoTime();
    NewsgrepProcess.Run indexed =
        run(
            unprivileged(),
            work.resolve("index-out.txt"),
            "index",
            "--index",
            index.toString(),
            corpus.toString());
    long seconds = TimeUnit.NANOSECONDS.toSeconds(System.nanoTime() - started);

    assertEquals(0, indexed.status(), indexed.err());
    assertTrue(seconds < 300, "indexing took " + seconds + " s");
    var reported = new LinkedHashMap<String, List<String>>();
    for (String line : indexed.err().lines().toList()) {
      var m = SKIPPED.matcher(line);
      if (m.matches()) {
        String path = corpus.relativize(Path.of(m.group(1))).toString();
        reported.computeIfAbsent(path, p -> new ArrayList<>()).add(m.group(2));
      }
    }
    // The two feeds share an id; which of them is read first may vary with the threads.
    List<String> lateFeed = reported.get("zz-later/feed.jsonl");
    if (lateFeed == null) {
      var feed = reported.get("feed.jsonl");
      assertTrue(
          feed != null
              && feed.size() == 1
              && feed.get(0).contains("line 1: duplicate article id wire-1"),
          indexed.err());
      bad.put(
          "feed.jsonl",
          "line 1: duplicate article id wire-1 (already read from "
              + corpus.resolve("zz-later/feed.jsonl")
              + "); line 3: malformed JSON (");
      bad.remove("zz-later/feed.jsonl");
    }
    assertEquals(
        bad.keySet(),
        reported.keySet(),
        "each bad file reported, and only those:\n" + indexed.err());
    for (var entry : bad.entrySet()) {
      List<String> reasons = reported.get(entry.getKey());
      assertEquals(1, reasons.size(), entry.getKey() + " reported " + reasons.size() + " times");
      assertTrue(
          reasons.get(0).startsWith(entry.getValue()), entry.getKey() + ": " + reasons.get(0));
    }
    assertTrue(indexed.err().contains("; " + bad.size() + " skipped"), indexed.err());

    // The counts are exactly those of the good articles, read here by the library itself.
    int articles = 0;
    long paragraphs = 0;
    var reader = new ArticleFileReader();
    Set<Path> unreadable =
        Set.of(corpus.resolve("secret.txt"), corpus.resolve("locked/inside.txt"));
    for (SourceFile file : CorpusScanner.scan(List.of(corpus)).files()) {
      if (!unreadable.contains(file.path())) {
        for (Article article : reader.read(file).articles()) {
          articles++;
          paragraphs += article.paragraphs().size() + (article.title().isEmpty() ? 0 : 1);
        }
      }
    }
    assertEquals(good.size() + SMALL_FILES + 4, articles, "good files, small files, feed records");
    JsonNode stats =
        JSON.readTree(
            run(
                    List.of(),
                    work.resolve("stats.json"),
                    "stats",
                    "--json",
                    "--index",
                    index.toString())
                .out());
    assertEquals(articles, stats.get("articles").asInt(), stats.toString());
    assertEquals(paragraphs, stats.get("paragraphs").asLong());
    assertTrue(stats.get("outlets").has("The Latin Paper"), "the manifest's good row counts");

    // The 50 MB one-block file is one article of many paragraphs, none longer than the bound.
    Path shown = work.resolve("big.jsonl");
    assertEquals(
        0, run(List.of(), shown, "show", "--json", "--index", index.toString(), "big").status());
    int count = 0;
    try (BufferedReader lines = Files.newBufferedReader(shown, StandardCharsets.UTF_8)) {
      for (String line = lines.readLine(); line != null; line = lines.readLine()) {
        JsonNode paragraph = JSON.readTree(line);
        assertTrue(paragraph.get("text").asText().length() <= MAX_PARAGRAPH_CHARS);
        assertEquals("Ad sales boost Time Warner profit", paragraph.get("title").asText());
        count++;
      }
    }
    assertTrue(count >= 4_000, count + " paragraphs");
  }

  /** Writes the article files to be indexed; returns their paths relative to {@code corpus}. */
  private static List<String> writeGoodArticles(Path corpus) throws IOException {
    var good = new ArrayList<String>();
    // Good articles: real BBC ones, and the same files in encodings and layouts users have.
    List<Path> bbc = bbcFiles().subList(0, 5);
    for (Path file : bbc) {
      Files.copy(file, corpus.resolve("bbc-" + file.getFileName()));
      good.add("bbc-" + file.getFileName());
    }
    String story = Files.readString(bbc.get(0), StandardCharsets.UTF_8);
    write(corpus, "headline-only.txt", "Only a headline here\n");
    good.add("headline-only.txt");
    write(
        corpus,
        "latin1.txt",
        "Ça coûte £5\n\nL'été à Zürich.".getBytes(StandardCharsets.ISO_8859_1));
    good.add("latin1.txt");
    write(
        corpus,
        "cp1252.txt",
        "“Quoted” – £5\n\nIt’s fine.".getBytes(Charset.forName("windows-1252")));
    good.add("cp1252.txt");
    write(
        corpus, "bom.txt", concat(new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF}, utf8(story)));
    good.add("bom.txt");
    write(corpus, "crlf.txt", story.replace("\n", "\r\n"));
    good.add("crlf.txt");
    write(corpus, "long-paragraph.txt", "One long paragraph\n\n" + longParagraph());
    good.add("long-paragraph.txt");
    write(corpus, "big.txt", bbcWithoutBlankLines(50 * 1024 * 1024));
    good.add("big.txt");
    write(corpus, "monday/same-name.txt", "Monday's story\n\nBody.");
    good.add("monday/same-name.txt");
    write(corpus, "tuesday/same-name.txt", "Tuesday's story\n\nBody.");
    good.add("tuesday/same-name.txt");
    Path many = Files.createDirectories(corpus.resolve("many"));
    for (int i = 0; i < SMALL_FILES; i++) {
      Files.writeString(
          many.resolve(String.format(Locale.ROOT, "%05d.txt", i)),
          "Small story " + i + "\n\nIt is " + i + " words long.\n");
    }

    return good;
  }

  /**
   * Writes the files to be skipped; returns, for each path relative to {@code corpus}, how its one
   * line on stderr must start.
   */
  private static Map<String, String> writeBadFiles(Path corpus)
      throws IOException, InterruptedException {
    var bad = new LinkedHashMap<String, String>();
    String story = Files.readString(bbcFiles().get(0), StandardCharsets.UTF_8);
    write(corpus, "empty.txt", "");
    bad.put("empty.txt", "empty file");
    write(
        corpus,
        "png.txt",
        new byte[] {(byte) 0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A, 0, 0, 0, 0x0D});
    bad.put("png.txt", "binary content (PNG image)");
    write(corpus, "zip.txt", zip(story));
    bad.put("zip.txt", "binary content (ZIP archive)");
    write(corpus, "nul.txt", "Head\0line\n\nBody.");
    bad.put("nul.txt", "binary content (NUL bytes)");
    mkfifo(corpus.resolve("pipe.txt"));
    bad.put("pipe.txt", "not a regular file (FIFO)");
    Files.createSymbolicLink(corpus.resolve("zero.txt"), Path.of("/dev/zero"));
    bad.put("zero.txt", "not a regular file (character device)");
    Files.createSymbolicLink(corpus.resolve("broken.txt"), corpus.resolve("gone.txt"));
    bad.put("broken.txt", "broken symbolic link");
    Files.createSymbolicLink(corpus.resolve("self.txt"), Path.of("self.txt"));
    bad.put("self.txt", "symbolic link loop");
    Files.createSymbolicLink(corpus.resolve("monday/back"), corpus);
    bad.put("monday/back", "symbolic link loop");
    try (var huge = new RandomAccessFile(corpus.resolve("huge.txt").toFile(), "rw")) {
      huge.setLength(ArticleFileReader.MAX_FILE_BYTES + 1); // sparse: no disk, no time
    }
    bad.put("huge.txt", "too large (257 MiB; the limit is 256 MiB)");
    write(
        corpus,
        "feed.jsonl",
        "{\"id\":\"wire-1\",\"title\":\"Wire one\",\"text\":\"First.\\n\\nSecond.\"}\n"
            + "{\"id\":\"wire-2\",\"text\":\"No title.\"}\n"
            + "{\"id\":\"wire-3\", text: oops}\n"
            + "{\"id\":\"wire-4\",\"title\":\"Wire four\",\"text\":\"Fourth.\"}\n");
    bad.put("feed.jsonl", "line 3: malformed JSON (");
    write(
        corpus,
        "zz-later/feed.jsonl",
        "{\"id\":\"wire-1\",\"text\":\"Same id as in the other feed.\"}\n"
            + "{\"id\":\"wire-9\",\"text\":\"Own id.\"}\n");
    bad.put(
        "zz-later/feed.jsonl",
        "line 1: duplicate article id wire-1 (already read from "
            + corpus.resolve("feed.jsonl")
            + ")");
    write(
        corpus,
        "manifest.tsv",
        "file\toutlet\tcolour\nlatin1.txt\tThe Latin Paper\tred\nghost.txt\tNobody\n");
    bad.put(
        "manifest.tsv", "line 1: unknown column colour, ignored; line 3: no such file ghost.txt");
    // Unreadable to the indexer, which runs as an unprivileged user.
    write(corpus, "secret.txt", "Secret headline\n\nBody.");
    Files.setPosixFilePermissions(
        corpus.resolve("secret.txt"), PosixFilePermissions.fromString("---------"));
    bad.put("secret.txt", "unreadable: permission denied");
    write(corpus, "locked/inside.txt", "Locked headline\n\nBody.");
    Files.setPosixFilePermissions(
        corpus.resolve("locked"), PosixFilePermissions.fromString("rwx------"));
    bad.put("locked", "unreadable: permission denied");
    return bad;
  }

  private static List<Path> bbcFiles() throws IOException {
    try (Stream<Path> files = Files.walk(BBC)) {
      return files.filter(p -> p.toString().endsWith(".txt")).sorted().toList();
    }
  }

  /** Real text with no blank line: BBC articles joined by single line breaks, to {@code size}. */
  private static byte[] bbcWithoutBlankLines(int size) throws IOException {
    var joined = new ByteArrayOutputStream();
    for (Path file : bbcFiles()) {
      String text = Files.readString(file, StandardCharsets.UTF_8).strip();
      joined.writeBytes(utf8(text.replaceAll("\\n\\s*\\n\\s*", "\n") + "\n"));
    }
    byte[] corpus = joined.toByteArray();
    var out = new ByteArrayOutputStream(size);
    while (out.size() + corpus.length <= size) {
      out.writeBytes(corpus);
    }
    return out.toByteArray();
  }

  private static String longParagraph() {
    return "The talks went on late into the night, and both sides said progress was slow. "
        .repeat(1_300)
        .strip();
  }

  private static void mkfifo(Path path) throws IOException, InterruptedException {
    Process process = new ProcessBuilder("mkfifo", path.toString()).inheritIO().start();
    assertTrue(process.waitFor(10, TimeUnit.SECONDS) && process.exitValue() == 0, "mkfifo");
  }

  private static byte[] zip(String text) throws IOException {
    var bytes = new ByteArrayOutputStream();
    try (var zip = new ZipOutputStream(bytes)) {
      zip.putNextEntry(new ZipEntry("story.txt"));
      zip.write(utf8(text));
    }
    return bytes.toByteArray();
  }

  private static byte[] utf8(String text) {
    return text.getBytes(StandardCharsets.UTF_8);
  }

  private static byte[] concat(byte[] a, byte[] b) {
    byte[] out = Arrays.copyOf(a, a.length + b.length);
    System.arraycopy(b, 0, out, a.length, b.length);
    return out;
  }

  private static void write(Path corpus, String name, String text) throws IOException {
    write(corpus, name, utf8(text));
  }

  private static void write(Path corpus, String name, byte[] bytes) throws IOException {
    Path path = corpus.resolve(name);
    Files.createDirectories(path.getParent());
    Files.write(path, bytes);
  }
}
