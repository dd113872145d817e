package dev.newsgrep.index;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.HashSet;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class FolderFingerprintTest {
  @TempDir Path folder;

  @Test
  void everyKindOfChangeChangesItAndNothingElseDoes() throws Exception {
    Path a = Files.writeString(folder.resolve("a.txt"), "Headline\n\nBody.\n");
    Files.createDirectory(folder.resolve("sub"));
    Files.writeString(folder.resolve("sub/b.txt"), "Other\n\nText.\n");
    var seen = new HashSet<String>();
    String first = FolderFingerprint.of(folder);
    assertEquals(32, first.length());
    assertEquals(first, FolderFingerprint.of(folder), "unchanged");
    seen.add(first);

    Files.writeString(a, "Headline\n\nBody!\n");
    Files.setLastModifiedTime(a, FileTime.fromMillis(1_000_000));
    String sameSize = FolderFingerprint.of(folder);
    Files.setLastModifiedTime(a, FileTime.fromMillis(2_000_000));
    String touched = FolderFingerprint.of(folder);
    Files.writeString(a, "Headline\n\nA longer body.\n");
    Files.setLastModifiedTime(a, FileTime.fromMillis(2_000_000));
    String resized = FolderFingerprint.of(folder);
    Files.move(a, folder.resolve("c.txt"));
    String renamed = FolderFingerprint.of(folder);
    Files.writeString(folder.resolve("sub/d.txt"), "New\n\nOne.\n");
    String added = FolderFingerprint.of(folder);
    Files.delete(folder.resolve("sub/b.txt"));
    String removed = FolderFingerprint.of(folder);
    for (String changed : new String[] {sameSize, touched, resized, renamed, added, removed}) {
      assertTrue(seen.add(changed), "a change not seen: " + changed);
    }
  }
}
