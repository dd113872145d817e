package dev.newsgrep.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.newsgrep.Seeds;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.store.Directory;
import org.apache.lucene.store.FSDirectory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The default index: built from seeds/ on first use, and again when seeds/ changes. */
class FirstRunCliTest {
  @TempDir Path home;

  @Test
  void searchesStartedTogetherOnAFreshProjectAllAnswer() throws Exception {
    Seeds.copyInto(home);
    var cli = new Cli(home, Map.of());
    try (var pool = Executors.newFixedThreadPool(3)) {
      var runs = new ArrayList<Future<Cli.Result>>();
      for (int i = 0; i < 3; i++) {
        Callable<Cli.Result> search = () -> cli.run("search", "--json", "dumbest idea");
        runs.add(pool.submit(search));
      }
      for (Future<Cli.Result> run : runs) {
        Cli.Result result = run.get();
        assertEquals(0, result.status(), result.err());
      }
    }
  }

  @Test
  void defaultIndexWrittenByAnotherVersionIsRebuiltFromSeeds() throws Exception {
    Seeds.copyInto(home);
    try (Directory directory = FSDirectory.open(home.resolve("index"));
        var writer = new IndexWriter(directory, new IndexWriterConfig())) {
      writer.setLiveCommitData(Map.of("newsgrep.schema", "1").entrySet());
      writer.commit();
    }
    var result = new Cli(home, Map.of()).run("search", "--json", "dumbest idea");
    assertEquals(0, result.status(), result.err());
    assertTrue(result.err().contains("rebuilt"), result.err());
  }

  @Test
  void changedSeedsAreReindexed() throws Exception {
    Path seeds = Seeds.copyInto(home);
    var cli = new Cli(home, Map.of());
    assertEquals(1, cli.run("search", "zanzibar").status());
    Files.writeString(seeds.resolve("new.txt"), "Island news\n\nA ferry reached Zanzibar.\n");
    var result = cli.run("search", "--json", "zanzibar");
    assertEquals(0, result.status(), result.err());
    Files.delete(seeds.resolve("new.txt"));
    assertEquals(1, cli.run("search", "zanzibar").status(), "removed article is gone");
  }

  @Test
  void controlCharactersInAQueryNeverReachStderrRaw() {
    Seeds.copyInto(home);
    var cli = new Cli(home, Map.of());
    cli.run("stats");
    var result = cli.run("search", "\"foo\u001b[31mRED\nsecond");
    assertEquals(2, result.status());
    assertFalse(result.err().contains("\u001b"), result.err());
    assertEquals(1, result.err().strip().lines().count(), result.err());
  }
}
