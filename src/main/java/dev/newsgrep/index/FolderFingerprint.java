package dev.newsgrep.index;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import java.util.stream.Stream;

/**
 * A short digest of a folder's files (relative paths, sizes and modification times): it changes
 * when a file is added, removed or edited, without reading any file's content.
 */
public final class FolderFingerprint {
  private FolderFingerprint() {}

  /** The fingerprint of everything under {@code folder}. */
  public static String of(Path folder) throws IOException {
    MessageDigest digest = sha256();
    List<Path> files;
    try (Stream<Path> walk = Files.walk(folder)) {
      files = walk.filter(Files::isRegularFile).sorted().toList();
    }
    for (Path file : files) {
      String entry =
          folder.relativize(file)
              + "\t"
              + Files.size(file)
              + "\t"
              + Files.getLastModifiedTime(file).toMillis()
              + "\n";
      digest.update(entry.getBytes(StandardCharsets.UTF_8));
    }
    return HexFormat.of().formatHex(digest.digest(), 0, 16);
  }

  private static MessageDigest sha256() {
    try {
      return MessageDigest.getInstance("SHA-256");
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("every JDK has SHA-256", e);
    }
  }
}
