package dev.newsgrep.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.apache.lucene.index.CheckIndex;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.store.Directory;
import org.apache.lucene.store.FSDirectory;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Crashes, signals and concurrent use, done for real: separate newsgrep processes, {@code kill -9},
 * {@code kill -INT}, two writers, a search during a long index run.
 */
class CrashAndConcurrencyIT {
  private static final ObjectMapper JSON = new ObjectMapper();

  /** Copies of the BBC corpus: enough files that indexing runs well past its first checkpoint. */
  private static final int COPIES = 3;

  @TempDir static Path shared;
  private static Path corpus;
  private static JsonNode uninterrupted;

  @TempDir Path work;

  @BeforeAll
  static void corpusAndAnUninterruptedRun() throws Exception {
    corpus = shared.resolve("corpus");
    Path bbc = Path.of("../shared/corpora/bbc");
    for (int copy = 1; copy <= COPIES; copy++) {
      Path target = corpus.resolve("copy" + copy);
      try (Stream<Path> files = Files.walk(bbc)) {
        for (Path file : files.filter(Files::isRegularFile).toList()) {
          Path to = target.resolve(bbc.relativize(file).toString());
          Files.createDirectories(to.getParent());
          Files.copy(file, to);
        }
      }
    }
    String index = shared.resolve("complete").toString();
    var run = NewsgrepProcess.run(shared, "index", "--index", index, corpus.toString());
    assertEquals(0, run.status(), run.err());
    uninterrupted = stats(shared, index);
  }

  private static JsonNode stats(Path work, String index) throws Exception {
    var run = NewsgrepProcess.run(work, "stats", "--json", "--index", index);
    assertEquals(0, run.status(), run.err());
    return JSON.readTree(run.out());
  }

  /** Waits until the index has its first commit, while {@code writer} still runs. */
  private static void awaitFirstCommit(Path index, NewsgrepProcess writer) throws Exception {
    long deadline = System.nanoTime() + 60_000_000_000L;
    while (System.nanoTime() < deadline) {
      assertTrue(writer.isAlive(), "indexing ended before its first checkpoint: add more copies");
      if (Files.isDirectory(index)) {
        try (Directory directory = FSDirectory.open(index)) {
          if (DirectoryReader.indexExists(directory)) {
            return;
          }
        }
      }
      Thread.sleep(100);
    }
    throw new AssertionError("no commit within a minute");
  }

  private static void assertClean(Path index) throws IOException {
    try (Directory directory = FSDirectory.open(index);
        var check = new CheckIndex(directory)) {
      assertTrue(check.checkIndex().clean, "CheckIndex finds " + index + " damaged");
    }
  }

  @Test
  void killedMidIndexKeepsItsLastCommitAndRunningAgainCompletesIt() throws Exception {
    Path index = work.resolve("index");
    var writer =
        NewsgrepProcess.start(
            work, "index", "--commit-every", "1", "--index", index.toString(), corpus.toString());
    awaitFirstCommit(index, writer);
    writer.signal("KILL");
    writer.await();

    assertClean(index);
    long committed = stats(work, index.toString()).get("articles").asLong();
    assertTrue(committed > 0 && committed < uninterrupted.get("articles").asLong(), "" + committed);

    var again =
        NewsgrepProcess.run(
            work, "index", "--commit-every", "1", "--index", index.toString(), corpus.toString());
    assertEquals(0, again.status(), again.err());
    JsonNode after = stats(work, index.toString());
    assertEquals(uninterrupted.get("articles"), after.get("articles"));
    assertEquals(uninterrupted.get("paragraphs"), after.get("paragraphs"));
    assertClean(index);
  }

  @Test
  void ctrlCStopsCleanlyKeepsWhatWasCommittedAndSaysHowFarItGot() throws Exception {
    Path index = work.resolve("index");
    var writer =
        NewsgrepProcess.start(
            work, "index", "--commit-every", "1", "--index", index.toString(), corpus.toString());
    awaitFirstCommit(index, writer);
    writer.signal("INT");
    var run = writer.await();

    assertEquals(130, run.status(), run.err());
    assertTrue(run.err().contains("stopped after"), run.err());
    assertFalse(run.err().contains("Exception"), run.err());
    assertClean(index);
    long reported =
        Long.parseLong(
            run.err().replaceAll("(?s).*indexed ([\\d,]+) articles.*", "$1").replace(",", ""));
    assertEquals(reported, stats(work, index.toString()).get("articles").asLong());
  }

  @Test
  void secondIndexRunOnTheSameIndexIsRefusedWhileTheFirstWrites() throws Exception {
    Path index = work.resolve("index");
    var first =
        NewsgrepProcess.start(
            work, "index", "--commit-every", "1", "--index", index.toString(), corpus.toString());
    awaitFirstCommit(index, first);
    var second = NewsgrepProcess.run(work, "index", "--index", index.toString(), "seeds");
    assertEquals(2, second.status(), second.err());
    assertTrue(second.err().contains("being written by another newsgrep process"), second.err());
    assertEquals(1, second.err().strip().lines().count(), second.err());

    assertEquals(0, first.await().status());
    assertClean(index);
    assertEquals(uninterrupted.get("articles"), stats(work, index.toString()).get("articles"));
  }

  @Test
  void searchAlwaysAnswersFromTheLastCommitWhileIndexRuns() throws Exception {
    Path index = work.resolve("index");
    var writer =
        NewsgrepProcess.start(
            work, "index", "--commit-every", "1", "--index", index.toString(), corpus.toString());
    awaitFirstCommit(index, writer);
    int searches = 0;
    while (writer.isAlive() && searches < 20) {
      var search =
          NewsgrepProcess.run(work, "search", "--json", "--index", index.toString(), "election");
      assertEquals(0, search.status(), search.err());
      searches++;
    }
    assertTrue(searches > 0);
    assertEquals(0, writer.await().status());
  }
}
