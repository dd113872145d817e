package dev.newsgrep;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.store.FSDirectory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** What an index folder's last commit says, read once, and what opening read-only makes of it. */
class IndexStatusTest {
  @TempDir Path work;

  @Test
  void aFolderWithoutAnIndexHasNoneAndNeedsItsSync() throws Exception {
    Path articles = Files.createDirectories(work.resolve("articles"));
    for (Path folder : List.of(work.resolve("missing"), Files.createDirectory(work.resolve("e")))) {
      IndexStatus status = IndexStatus.of(folder);
      assertFalse(status.exists(), folder.toString());
      assertTrue(status.isCurrentVersion(), "nothing to refuse");
      assertTrue(status.isFromThisBuild(), "nothing to rebuild");
      assertTrue(status.needsSync(articles));
    }
  }

  @Test
  void aSyncedFolderIsRecordedUntilItChanges() throws Exception {
    Path articles = Files.createDirectories(work.resolve("articles"));
    Files.writeString(articles.resolve("a.txt"), "Headline\n\nBody.\n");
    Path index = work.resolve("index");
    try (NewsIndex writable = NewsIndex.open(index)) {
      writable.syncFolder(articles, IndexProgress.NONE);
    }
    IndexStatus synced = IndexStatus.of(index);
    assertTrue(synced.exists());
    assertTrue(synced.isCurrentVersion());
    assertTrue(synced.isFromThisBuild());
    assertFalse(synced.needsSync(articles));

    Files.writeString(articles.resolve("b.txt"), "Another\n\nMore.\n");
    assertTrue(synced.needsSync(articles), "a file added");
    assertTrue(IndexStatus.of(index).needsSync(articles));
  }

  @Test
  void anIndexOfAnotherVersionIsToldAndRefusedReadOnly() throws Exception {
    Path index = work.resolve("old");
    try (var directory = FSDirectory.open(index);
        var writer = new IndexWriter(directory, new IndexWriterConfig())) {
      writer.setLiveCommitData(Map.of("newsgrep.schema", "1").entrySet());
      writer.commit();
    }
    IndexStatus status = IndexStatus.of(index);
    assertTrue(status.exists());
    assertFalse(status.isCurrentVersion());
    assertFalse(status.isFromThisBuild());
    var refused = assertThrows(NewsgrepException.class, () -> NewsIndex.openReadOnly(index));
    assertTrue(
        refused.getMessage().contains("another version of newsgrep (schema 1"),
        refused.getMessage());
  }

  @Test
  void openingAFolderWithoutAnIndexReadOnlySaysSo() throws Exception {
    Path empty = Files.createDirectory(work.resolve("empty"));
    for (Path folder : List.of(empty, work.resolve("missing"))) {
      var refused = assertThrows(NewsgrepException.class, () -> NewsIndex.openReadOnly(folder));
      assertTrue(refused.getMessage().startsWith("no index at " + folder), refused.getMessage());
    }
  }
}
