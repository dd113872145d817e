package dev.newsgrep.ingest;

import dev.newsgrep.Article;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/** Helpers shared by the ingest tests. */
final class TestFiles {

  static final Path SEEDS = Path.of("seeds");
  static final Path BBC = Path.of("../shared/corpora/bbc");
  static final Path GOLD_SPEAKERS = Path.of("../shared/eval/seeds-speakers.tsv");

  private static final ArticleFileReader READER = new ArticleFileReader();

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

  static FileResult read(Path file) {
    return READER.read(SourceFile.of(file));
  }

  /** The only article in a file that must read cleanly. */
  static Article article(Path file) {
    FileResult result = read(file);
    if (!result.skipped().isEmpty() || result.articles().size() != 1) {
      throw new AssertionError("expected one article from " + file + ", got " + result);
    }
    return result.articles().get(0);
  }

  /** Every article of the scanned paths, read with the default reader. */
  static List<Article> readAll(CorpusScan scan) {
    return scan.files().stream().flatMap(f -> READER.read(f).articles().stream()).toList();
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
