package dev.newsgrep;

import dev.newsgrep.index.FolderFingerprint;
import dev.newsgrep.index.IndexStore;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;

/**
 * What the last commit of an index folder says about the index, read once: whether there is one,
 * which version and build of newsgrep wrote it, and which folders were synced into it. It opens
 * nothing for writing, so it can be asked while another process writes the index.
 *
 * <pre>{@code
 * IndexStatus status = IndexStatus.of(Path.of("index"));
 * if (status.isCurrentVersion() && status.needsSync(Path.of("articles"))) { ... }
 * }</pre>
 */
public final class IndexStatus {
  private static final String FOLDER_KEY_PREFIX = "folder:";

  /** The last commit's user data; empty if there is no index. */
  private final Optional<Map<String, String>> commitData;

  private IndexStatus(Optional<Map<String, String>> commitData) {
    this.commitData = commitData;
  }

  /**
   * Reads the status of the index in {@code folder}.
   *
   * @throws NewsgrepException if the folder holds an index that cannot be read
   */
  public static IndexStatus of(Path folder) {
    return new IndexStatus(IndexStore.lastCommitData(folder));
  }

  /** Whether the folder holds an index. */
  public boolean exists() {
    return commitData.isPresent();
  }

  /**
   * Whether the index was written by this version of newsgrep's schema (or there is none yet). An
   * index of another version is refused by {@link NewsIndex#open} and {@link
   * NewsIndex#openReadOnly}.
   */
  public boolean isCurrentVersion() {
    return commitData.map(IndexStore::hasCurrentSchema).orElse(true);
  }

  /**
   * Whether the index was last written by this very build of newsgrep (or there is none yet): an
   * index that is build output, such as one made from a sample folder, is best rebuilt when not, as
   * attribution may have changed.
   */
  public boolean isFromThisBuild() {
    return commitData.map(IndexStore::writtenByThisBuild).orElse(true);
  }

  /**
   * Whether {@code folder} changed since it was last synced into the index with {@link
   * NewsIndex#syncFolder} (or never was). Reads the names, sizes and times of its files, not their
   * content.
   */
  public boolean needsSync(Path folder) {
    try {
      Path absolute = folder.toAbsolutePath().normalize();
      String recorded = commitData.orElse(Map.of()).get(folderKey(absolute));
      return !FolderFingerprint.of(absolute).equals(recorded);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** The commit data key under which a synced folder's fingerprint is kept. */
  static String folderKey(Path absoluteFolder) {
    return FOLDER_KEY_PREFIX + absoluteFolder;
  }
}
