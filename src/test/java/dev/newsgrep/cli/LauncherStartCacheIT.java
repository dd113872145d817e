package dev.newsgrep.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dev.newsgrep.Seeds;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.FileTime;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The launcher's class-data cache ({@code target/start-cache*}): made without any command waiting
 * for it, used while it fits the jar, and never an error or a message when it is damaged or stale.
 * Each test runs a copy of the launcher in a project folder of its own (the jar, its libraries and
 * the seeds), where it can damage the cache freely.
 */
class LauncherStartCacheIT {
  private static final Map<String, String> AUTO = Map.of();
  private static final Map<String, String> CDS = Map.of("NEWSGREP_START_CACHE", "cds");
  private static final Map<String, String> OFF = Map.of("NEWSGREP_START_CACHE", "off");

  @TempDir Path project;
  @TempDir Path work;

  private Path launcher;
  private Path target;
  private String index;

  @BeforeEach
  void copyTheBuiltProject() throws Exception {
    launcher = project.resolve("newsgrep");
    Files.copy(Path.of("newsgrep"), launcher, StandardCopyOption.COPY_ATTRIBUTES);
    target = Files.createDirectory(project.resolve("target"));
    Files.copy(Path.of("target/newsgrep.jar"), target.resolve("newsgrep.jar"));
    Files.createSymbolicLink(target.resolve("lib"), Path.of("target/lib").toAbsolutePath());
    Seeds.copyInto(project);
    index = work.resolve("index").toString();
    var indexed = run(OFF, "index", "--index", index, "seeds");
    assertEquals(0, indexed.status(), indexed.err());
  }

  private NewsgrepProcess.Run run(Map<String, String> environment, String... args)
      throws Exception {
    return NewsgrepProcess.runLauncher(launcher, environment, work, args);
  }

  /** A search on the test's index, checked: found, and nothing on stderr. */
  private String search(Map<String, String> environment) throws Exception {
    var found = run(environment, "search", "--index", index, "dumbest idea");
    assertEquals(0, found.status(), found.err());
    assertEquals("", found.err(), "nothing about the cache on stderr");
    return found.out();
  }

  private Optional<Path> cacheFile(String suffix) throws IOException {
    try (Stream<Path> files = Files.list(target)) {
      return files
          .filter(f -> f.getFileName().toString().startsWith("start-cache"))
          .filter(f -> f.getFileName().toString().endsWith(suffix))
          .findFirst();
    }
  }

  /** Waits for a training run in the background to end: its folder goes when it does. */
  private void awaitTraining() throws Exception {
    long deadline = System.nanoTime() + 180_000_000_000L;
    while (cacheFile(".training").isPresent()) {
      assertTrue(System.nanoTime() < deadline, "training still running after 3 minutes");
      Thread.sleep(200);
    }
  }

  private void makeNewerThanTheJar(Path file) throws IOException {
    var jarTime = Files.getLastModifiedTime(target.resolve("newsgrep.jar")).toMillis();
    Files.setLastModifiedTime(file, FileTime.fromMillis(jarTime + 60_000));
  }

  @Test
  void aCacheIsMadeInTheBackgroundUsedAndMadeAgainForANewJar() throws Exception {
    String expected = search(OFF);
    assertEquals(expected, search(AUTO), "the first run does not wait for the cache");
    boolean training = cacheFile(".training").isPresent() || cacheFile(".aot").isPresent();
    awaitTraining();
    assumeTrue(training, "an AOT cache needs JDK 25+; this launcher runs an older JDK");
    assertFalse(cacheFile(".failed").isPresent(), "the training run failed");
    Path cache = cacheFile(".aot").orElseThrow();
    assertEquals(expected, search(AUTO));

    // As after a build: the jar is newer than the cache.
    var jarTime = Files.getLastModifiedTime(target.resolve("newsgrep.jar"));
    Files.setLastModifiedTime(cache, FileTime.fromMillis(jarTime.toMillis() - 60_000));
    assertEquals(expected, search(AUTO), "a cache older than the jar is not used");
    awaitTraining();
    assertFalse(cacheFile(".failed").isPresent(), "the training run failed");
    assertTrue(Files.getLastModifiedTime(cache).compareTo(jarTime) > 0, "made again");
    assertEquals(expected, search(AUTO));
  }

  @Test
  void aDamagedCacheStillRunsQuietly() throws Exception {
    String expected = search(OFF);
    assertEquals(expected, search(CDS));
    Path archive = cacheFile(".jsa").orElseThrow(() -> new AssertionError("no CDS archive made"));
    String name = archive.getFileName().toString();
    Path aot = target.resolve(name.substring(0, name.length() - ".jsa".length()) + ".aot");
    var garbage = new byte[3_000_000];
    new Random(7).nextBytes(garbage);
    for (Path cache : new Path[] {archive, aot}) {
      Files.write(cache, garbage);
      makeNewerThanTheJar(cache);
    }
    assertEquals(expected, search(AUTO));
    assertEquals(expected, search(CDS));

    Files.write(aot, new byte[0]);
    makeNewerThanTheJar(aot);
    assertEquals(expected, search(AUTO), "an empty cache");
    awaitTraining();
  }
}
