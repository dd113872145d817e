package dev.newsgrep.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.apache.lucene.index.CheckIndex;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.store.Directory;
import org.apache.lucene.store.FSDirectory;
import org.apache.lucene.store.NoLockFactory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Index folders that are missing, not an index, of another version, full or read-only: a clear
 * one-line error, exit 2, nothing deleted. Full and read-only folders are made for real with a
 * small tmpfs and a read-only bind mount, where this machine lets the tests mount.
 */
class IndexFolderErrorsIT {
  private static final ObjectMapper JSON = new ObjectMapper();

  @TempDir Path work;

  private static void assertOneLineError(NewsgrepProcess.Run run, String expected) {
    assertEquals(2, run.status(), run.err());
    assertEquals(1, run.err().strip().lines().count(), run.err());
    assertTrue(run.err().contains(expected), run.err());
    assertFalse(run.err().contains("Exception"), run.err());
  }

  private static boolean sh(String... command) throws IOException, InterruptedException {
    var process = new ProcessBuilder(command).redirectErrorStream(true).start();
    process.getInputStream().readAllBytes();
    return process.waitFor(30, TimeUnit.SECONDS) && process.exitValue() == 0;
  }

  private static void assertClean(Path index) throws IOException {
    // No lock: the folder may be full or read-only, and CheckIndex only reads.
    try (Directory directory = FSDirectory.open(index, NoLockFactory.INSTANCE);
        var check = new CheckIndex(directory)) {
      assertTrue(check.checkIndex().clean);
    }
  }

  @Test
  void folderThatIsNotAnIndexIsLeftUntouched() throws Exception {
    Path folder = Files.createDirectories(work.resolve("photos"));
    Files.writeString(folder.resolve("holiday.txt"), "not an index");
    assertOneLineError(
        NewsgrepProcess.run(work, "search", "--index", folder.toString(), "russia"), "no index at");
    assertOneLineError(
        NewsgrepProcess.run(work, "index", "--index", folder.toString(), "seeds"),
        "is not a newsgrep index");
    assertEquals(List.of(folder.resolve("holiday.txt")), Files.list(folder).toList());
  }

  @Test
  void indexOfAnotherVersionIsRefusedAndKept() throws Exception {
    Path folder = work.resolve("old");
    try (Directory directory = FSDirectory.open(folder);
        var writer = new IndexWriter(directory, new IndexWriterConfig())) {
      writer.setLiveCommitData(Map.of("newsgrep.schema", "1").entrySet());
      writer.commit();
    }
    List<Path> before = Files.list(folder).sorted().toList();
    assertOneLineError(
        NewsgrepProcess.run(work, "search", "--index", folder.toString(), "russia"),
        "written by another version of newsgrep");
    assertOneLineError(
        NewsgrepProcess.run(work, "index", "--index", folder.toString(), "seeds"),
        "written by another version of newsgrep");
    assertEquals(before, Files.list(folder).sorted().toList());
  }

  @Test
  void fullDiskIsAClearErrorAndKeepsWhatWasIndexed() throws Exception {
    Path mount = Files.createDirectories(work.resolve("small-disk"));
    assumeTrue(
        sh("mount", "-t", "tmpfs", "-o", "size=3m", "tmpfs", mount.toString()), "cannot mount");
    try {
      String index = mount.resolve("index").toString();
      var seeds = NewsgrepProcess.run(work, "index", "--index", index, "seeds");
      assertEquals(0, seeds.status(), seeds.err());
      var full = NewsgrepProcess.run(work, "index", "--index", index, "../shared/corpora/bbc");
      assertOneLineError(full, "No space left on device; what was committed before is kept");
      assertClean(Path.of(index));
      var stats = NewsgrepProcess.run(work, "stats", "--json", "--index", index);
      assertEquals(0, stats.status(), stats.err());
      assertTrue(JSON.readTree(stats.out()).get("articles").asInt() >= 5, stats.out());
    } finally {
      sh("umount", mount.toString());
    }
  }

  @Test
  void readOnlyIndexCanBeSearchedButNotWritten() throws Exception {
    Path source = work.resolve("index");
    assertEquals(
        0, NewsgrepProcess.run(work, "index", "--index", source.toString(), "seeds").status());
    Path readOnly = Files.createDirectories(work.resolve("read-only"));
    assumeTrue(sh("mount", "--bind", source.toString(), readOnly.toString()), "cannot bind-mount");
    try {
      assumeTrue(sh("mount", "-o", "remount,ro,bind", readOnly.toString()), "cannot remount ro");
      var search =
          NewsgrepProcess.run(work, "search", "--json", "--index", readOnly.toString(), "russia");
      assertEquals(0, search.status(), search.err());
      assertOneLineError(
          NewsgrepProcess.run(work, "index", "--index", readOnly.toString(), "seeds"),
          "is on a read-only file system: it can be searched, not written");
    } finally {
      sh("umount", readOnly.toString());
    }
    assertClean(source);
  }
}
