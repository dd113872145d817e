package dev.newsgrep;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;

/** The sample corpus, copied where a test may index it. */
public final class Seeds {
  /** The project's seeds folder (tests run in the project root). */
  public static final Path FOLDER = Path.of("seeds");

  /** The shared BBC corpus, beside the project. */
  public static final Path BBC = Path.of("../shared/corpora/bbc");

  private Seeds() {}

  /** Copies every seed article into {@code target/seeds} and returns that folder. */
  public static Path copyInto(Path target) {
    Path seeds = target.resolve("seeds");
    try (Stream<Path> files = Files.list(FOLDER)) {
      Files.createDirectories(seeds);
      for (Path file : files.toList()) {
        Path copy = seeds.resolve(file.getFileName());
        Files.copy(file, copy);
        copy.toFile().setWritable(true);
      }
      return seeds;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
