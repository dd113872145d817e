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
  void anUntouchedFolderIsReportedUnchangedAfterTheFirstLook() throws IOException {
    age(folder);
    var watch = new CommitWatch(folder);
    assertTrue(watch.mayHaveChanged(), "the first look");
    assertFalse(watch.mayHaveChanged());
    assertFalse(watch.mayHaveChanged());
  }

  @Test
  void aNewFileInTheFolderIsAChange() throws IOException {
    age(folder);
    var watch = new CommitWatch(folder);
    watch.mayHaveChanged();
    Files.writeString(folder.resolve("segments_2"), "");
    assertTrue(watch.mayHaveChanged());
  }

  @Test
  void aRecentModificationTimeIsNotTrusted() throws IOException {
    Files.writeString(folder.resolve("segments_1"), "");
    var watch = new CommitWatch(folder);
    watch.mayHaveChanged();
    assertTrue(watch.mayHaveChanged(), "a clock of whole seconds could hide a second commit");
  }

  @Test
  void aMissingFolderIsAlwaysAPossibleChange() {
    var watch = new CommitWatch(folder.resolve("gone"));
    assertTrue(watch.mayHaveChanged());
    assertTrue(watch.mayHaveChanged());
  }

  private static void age(Path folder) throws IOException {
    Instant past = Instant.now().minus(CommitWatch.CLOCK_GRAIN.plus(Duration.ofMinutes(1)));
    Files.setLastModifiedTime(folder, FileTime.from(past));
  }
}
