package dev.newsgrep.index;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CommitWatchTest {
  @TempDir Path folder;

  @Test
  void anUntouchedFolderIsUnchangedOnceSearchesCaughtUp() throws IOException {
    setAge(folder, Duration.ofMinutes(5));
    var watch = new CommitWatch(folder);
    FileTime first = watch.look();
    assertTrue(watch.mayHaveChanged(first), "nothing caught up yet");
    watch.caughtUp(first);
    assertFalse(watch.mayHaveChanged(watch.look()));
    assertFalse(watch.mayHaveChanged(watch.look()));
  }

  @Test
  void anOlderButDifferentModificationTimeIsAChange() throws IOException {
    setAge(folder, Duration.ofMinutes(5));
    var watch = new CommitWatch(folder);
    watch.caughtUp(watch.look());
    setAge(folder, Duration.ofMinutes(4));
    assertTrue(watch.mayHaveChanged(watch.look()));
  }

  @Test
  void aLookNotConfirmedStaysAPossibleChange() throws IOException {
    setAge(folder, Duration.ofMinutes(5));
    var watch = new CommitWatch(folder);
    FileTime looked = watch.look();
    assertTrue(watch.mayHaveChanged(looked));
    assertTrue(watch.mayHaveChanged(watch.look()), "a refresh that failed or is still running");
  }

  @Test
  void aRecentModificationTimeIsNotTrusted() throws IOException {
    Files.writeString(folder.resolve("segments_1"), "");
    var watch = new CommitWatch(folder);
    watch.caughtUp(watch.look());
    assertTrue(watch.mayHaveChanged(watch.look()), "a clock of whole seconds could hide a commit");
  }

  @Test
  void aMissingFolderIsAlwaysAPossibleChange() {
    var watch = new CommitWatch(folder.resolve("gone"));
    watch.caughtUp(watch.look());
    assertTrue(watch.mayHaveChanged(watch.look()));
  }

  private static void setAge(Path folder, Duration age) throws IOException {
    Files.setLastModifiedTime(folder, FileTime.from(Instant.now().minus(age)));
  }
}
