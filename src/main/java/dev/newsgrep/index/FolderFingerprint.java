package dev.newsgrep.index;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HexFormat;
import java.util.List;
import java.util.stream.Stream;

/**
 * A short digest of a folder's files (relative paths, sizes and modification times): it changes
 * when a file is added, removed or edited, without reading any file's content.
 *
 * <p>The digest is two 64-bit FNV-1a hashes of that listing (two offset bases): a change detector,
 * not a defence against forgery, and one a search checks at every start, where a cryptographic
 * digest would first set up the JDK's security providers.
 */
public final class FolderFingerprint {
  private static final long FNV_PRIME = 0x100000001b3L;
  private static final long FNV_OFFSET = 0xcbf29ce484222325L;

  /** A second offset basis: FNV-1a of "newsgrep" from the standard one. */
  private static final long SECOND_OFFSET =
      fnv1a(FNV_OFFSET, "newsgrep".getBytes(StandardCharsets.UTF_8));

  private FolderFingerprint() {}

  /** The fingerprint of everything under {@code folder}: 32 hexadecimal digits. */
  public static String of(Path folder) throws IOException {
    List<Path> files;
    try (Stream<Path> walk = Files.walk(folder)) {
      files = walk.filter(Files::isRegularFile).sorted().toList();
    }
    long first = FNV_OFFSET;
    long second = SECOND_OFFSET;
    for (Path file : files) {
      String entry =
          folder.relativize(file)
              + "\t"
              + Files.size(file)
              + "\t"
              + Files.getLastModifiedTime(file).toMillis()
              + "\n";
      byte[] bytes = entry.getBytes(StandardCharsets.UTF_8);
      first = fnv1a(first, bytes);
      second = fnv1a(second, bytes);
    }
    return HexFormat.of().toHexDigits(first) + HexFormat.of().toHexDigits(second);
  }

  private static long fnv1a(long hash, byte[] bytes) {
    for (byte b : bytes) {
      hash = (hash ^ (b & 0xff)) * FNV_PRIME;
    }
    return hash;
  }
}
