package dev.newsgrep.ingest;

import dev.newsgrep.Article;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;

/** Helpers shared by the ingest tests. */
final class TestFiles {

  static final Path SEEDS = Path.of("seeds");
  static final Path BBC = Path.of("../shared/corpora/bbc");
  static final Path GOLD_SPEAKERS = Path.of("../shared/eval/seeds-speakers.tsv");

  private TestFiles() {}

  static Path write(Path path, String text) {
    return write(path, text.getBytes(StandardCharsets.UTF_8));
  }

  static Path write(Path path, byte[] bytes) {
    try {
      Files.createDirectories(path.toAbsolutePath().getParent());
      return Files.write(path, bytes);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Reads one file with a reader of its own, as one indexing run would. */
  static FileResult read(Path file) {
    return new ArticleFileReader().read(SourceFile.of(file));
  }

  /** The only article in a file that must read cleanly. */
  static Article article(Path file) {
    FileResult result = read(file);
    if (!result.skipped().isEmpty() || result.articles().size() != 1) {
      throw new AssertionError("expected one article from " + file + ", got " + result);
    }
    return result.articles().get(0);
  }

  /** Every article of the scanned paths, read by one default reader, as one indexing run would. */
  static List<Article> readAll(CorpusScan scan) {
    var reader = new ArticleFileReader();
    return scan.files().stream().flatMap(f -> reader.read(f).articles().stream()).toList();
  }

  /**
   * Real article text with no blank line anywhere: the BBC articles, each with its blank lines made
   * single line breaks, joined by single line breaks, repeated until {@code size} bytes and cut
   * there. UTF-8.
   */
  static byte[] bbcWithoutBlankLines(int size) {
    var one = new StringBuilder();
    try (var files = Files.walk(BBC)) {
      for (Path file : files.filter(p -> p.toString().endsWith(".txt")).sorted().toList()) {
        String text = Files.readString(file, StandardCharsets.UTF_8);
        one.append(text.strip().replaceAll("\\n\\s*\\n\\s*", "\n")).append('\n');
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    byte[] corpus = one.toString().getBytes(StandardCharsets.UTF_8);
    byte[] out = new byte[size];
    for (int at = 0; at < size; at += corpus.length) {
      System.arraycopy(corpus, 0, out, at, Math.min(corpus.length, size - at));
    }
    // Cut on a character boundary: drop a partial UTF-8 sequence at the end.
    int end = size;
    while (end > 0 && (out[end - 1] & 0xC0) == 0x80) {
      end--;
    }
    if (end > 0 && (out[end - 1] & 0x80) != 0) {
      end--;
    }
    return end == size ? out : Arrays.copyOf(out, end);
  }

  /**
   * Asserts that {@code pieces} are {@code original} in order, each an exact substring of it, with
   * only white space between and around them: no character lost, added or changed.
   */
  static void assertPiecesCover(String original, List<String> pieces) {
    int at = 0;
    for (int i = 0; i < pieces.size(); i++) {
      while (at < original.length() && Paragraphs.isSpace(original.charAt(at))) {
        at++;
      }
      if (!original.startsWith(pieces.get(i), at)) {
        throw new AssertionError("piece " + i + " is not the original text at offset " + at);
      }
      at += pieces.get(i).length();
    }
    if (!Paragraphs.isBlank(original.substring(at))) {
      throw new AssertionError("text after the last piece was lost, from offset " + at);
    }
  }

  static Path seed(String prefix) {
    try (var files = Files.list(SEEDS)) {
      return files
          .filter(p -> p.getFileName().toString().startsWith(prefix))
          .findFirst()
          .orElseThrow(() -> new AssertionError("no seed " + prefix));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
