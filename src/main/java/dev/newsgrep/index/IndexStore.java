package dev.newsgrep.index;

import dev.newsgrep.IndexLockedException;
import dev.newsgrep.NewsgrepException;
import java.io.Closeable;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.HashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.stream.Stream;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexFileNames;
import org.apache.lucene.index.IndexFormatTooNewException;
import org.apache.lucene.index.IndexFormatTooOldException;
import org.apache.lucene.index.IndexNotFoundException;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.SegmentInfos;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.SearcherManager;
import org.apache.lucene.store.Directory;
import org.apache.lucene.store.FSDirectory;
import org.apache.lucene.store.LockObtainFailedException;
import org.apache.lucene.store.NIOFSDirectory;
import org.jspecify.annotations.Nullable;

/**
 * The Lucene side of an open index: its directory, the writer when writable, and a searcher manager
 * that hands out point-in-time searchers safely across threads.
 */
public final class IndexStore implements AutoCloseable {
  /** A piece of work against one searcher. */
  @FunctionalInterface
  public interface SearcherWork<T> {
    /** Does the work; the searcher stays valid until it returns. */
    T apply(IndexSearcher searcher) throws IOException;
  }

  private final Path folder;
  private final Directory directory;
  private final @Nullable IndexWriter writer;
  private final SearcherManager searchers;
  private final CommitWatch commits;

  private IndexStore(Path folder, Directory directory, IndexWriter writer) throws IOException {
    this.folder = folder;
    this.directory = directory;
    this.writer = writer;
    this.commits = new CommitWatch(folder);
    try {
      this.searchers = new SearcherManager(writer, null);
    } catch (IOException | RuntimeException e) {
      writer.rollback();
      throw e;
    }
  }

  /** A read-only store searching {@code reader}, which it now owns. */
  private IndexStore(Path folder, Directory directory, DirectoryReader reader) throws IOException {
    this.folder = folder;
    this.directory = directory;
    this.writer = null;
    this.commits = new CommitWatch(folder);
    this.searchers = new SearcherManager(reader, null);
  }

  /**
   * Version of the schema and analysis: an index written with another one would answer queries
   * wrongly, so it is refused (or, for a rebuildable index, re-created). Raise it whenever fields
   * or analysis change.
   */
  public static final int SCHEMA_VERSION = 2;

  /** Commit user data key of the schema version; indexes from before it have none (version 1). */
  private static final String SCHEMA_KEY = "newsgrep.schema";

  /** Commit user data key of the newsgrep build that last wrote the index. */
  private static final String BUILD_KEY = "newsgrep.build";

  /** This build: the jar's version with its build time, or "development" outside a jar. */
  public static final String BUILD =
      Objects.requireNonNullElse(
          IndexStore.class.getPackage().getImplementationVersion(), "development");

  /** Opens or creates the index in {@code folder} for writing. */
  public static IndexStore openWritable(Path folder) {
    return openWritable(folder, false);
  }

  /**
   * Opens the index in {@code folder} for writing, emptied first when {@code recreate}: for an
   * index that is build output and can be built again, such as one written by another version.
   */
  public static IndexStore openWritable(Path folder, boolean recreate) {
    refuseForeignFolder(folder);
    if (!recreate) {
      refuseOtherSchema(folder);
    }
    Directory directory = null;
    try {
      Files.createDirectories(folder);
      directory = FSDirectory.open(folder);
      var config = new IndexWriterConfig(NewsAnalyzer.forSchema());
      config.setOpenMode(
          recreate
              ? IndexWriterConfig.OpenMode.CREATE
              : IndexWriterConfig.OpenMode.CREATE_OR_APPEND);
      config.setRAMBufferSizeMB(64);
      var writer = new IndexWriter(directory, config);
      stampSchema(writer);
      return new IndexStore(folder, directory, writer);
    } catch (LockObtainFailedException e) {
      closeQuietly(directory);
      throw new IndexLockedException(folder.toString());
    } catch (IOException e) {
      closeQuietly(directory);
      throw failure(folder, e);
    }
  }

  /** How a read-only store reads the index's files. */
  public enum Reads {
    /** Memory-mapped (Lucene's default): the fastest reads, for a process that searches a lot. */
    MAPPED,
    /**
     * Positional reads (NIOFSDirectory): nothing to set up, for a process that opens the index,
     * searches once and ends. Setting up memory maps costs such a process more than it reads (a
     * tenth of a search's start: Lucene links native madvise through Panama's linker). A thread
     * interrupted during such a read closes the file for good, so no searching thread may be
     * interrupted.
     */
    POSITIONAL
  }

  /**
   * Opens an existing index for searching only. Its last commit is read once: the reader's commit
   * tells its schema.
   */
  public static IndexStore openReadOnly(Path folder, Reads reads) {
    if (Files.exists(folder) && !Files.isDirectory(folder)) {
      throw new NewsgrepException(folder + " is a file, not an index folder");
    }
    if (!Files.isDirectory(folder)) {
      throw noIndex(folder);
    }
    Directory directory = null;
    DirectoryReader reader = null;
    try {
      directory = reads == Reads.POSITIONAL ? new NIOFSDirectory(folder) : FSDirectory.open(folder);
      reader = DirectoryReader.open(directory);
      refuseOtherSchema(folder, reader.getIndexCommit().getUserData());
      return new IndexStore(folder, directory, reader);
    } catch (IndexNotFoundException e) {
      closeQuietly(directory);
      throw noIndex(folder);
    } catch (IOException e) {
      closeQuietly(reader);
      closeQuietly(directory);
      throw failure(folder, e);
    } catch (RuntimeException e) {
      closeQuietly(reader);
      closeQuietly(directory);
      throw e;
    }
  }

  private static NewsgrepException noIndex(Path folder) {
    return new NewsgrepException(
        "no index at " + folder + " (create one with: newsgrep index PATH --index " + folder + ")");
  }

  /** Whether {@code folder} holds an index. */
  public static boolean exists(Path folder) {
    if (!Files.isDirectory(folder)) {
      return false;
    }
    try (Directory directory = new NIOFSDirectory(folder)) {
      return DirectoryReader.indexExists(directory);
    } catch (IOException e) {
      throw failure(folder, e);
    }
  }

  /**
   * The user data of the last commit of the index in {@code folder}, read with one look at the
   * folder; empty if there is no index. One small file is read: no memory maps to set up.
   */
  public static Optional<Map<String, String>> lastCommitData(Path folder) {
    if (!Files.isDirectory(folder)) {
      return Optional.empty();
    }
    try (Directory directory = new NIOFSDirectory(folder)) {
      return Optional.of(SegmentInfos.readLatestCommit(directory).getUserData());
    } catch (IndexNotFoundException e) {
      return Optional.empty();
    } catch (IOException e) {
      throw failure(folder, e);
    }
  }

  /**
   * Records this schema version in the commit data from the start, so that any commit — also the
   * one Lucene makes when a library user closes the index without committing — carries it.
   */
  private static void stampSchema(IndexWriter writer) {
    Map<String, String> data = liveCommitData(writer);
    data.put(SCHEMA_KEY, Integer.toString(SCHEMA_VERSION));
    data.put(BUILD_KEY, BUILD);
    writer.setLiveCommitData(data.entrySet());
  }

  /** Whether a commit with this user data was written with this schema version. */
  public static boolean hasCurrentSchema(Map<String, String> commitData) {
    return schemaOf(commitData) == SCHEMA_VERSION;
  }

  /** Whether a commit with this user data was written by this very build. */
  public static boolean writtenByThisBuild(Map<String, String> commitData) {
    return BUILD.equals(commitData.get(BUILD_KEY));
  }

  private static int schemaOf(Map<String, String> commitData) {
    String recorded = commitData.get(SCHEMA_KEY);
    try {
      return recorded == null ? 1 : Integer.parseInt(recorded);
    } catch (NumberFormatException e) {
      return -1;
    }
  }

  private static void refuseOtherSchema(Path folder) {
    lastCommitData(folder).ifPresent(data -> refuseOtherSchema(folder, data));
  }

  private static void refuseOtherSchema(Path folder, Map<String, String> commitData) {
    if (!hasCurrentSchema(commitData)) {
      throw new NewsgrepException(
          "index "
              + folder
              + " was written by another version of newsgrep (schema "
              + schemaOf(commitData)
              + ", this one uses "
              + SCHEMA_VERSION
              + "); re-create it with: newsgrep index PATH --index "
              + folder
              + " after removing it");
    }
  }

  /** The writer, or {@code null} when read-only. */
  public @Nullable IndexWriter writer() {
    return writer;
  }

  /** The user data of the last commit, as this writer sees it. */
  public Map<String, String> commitData() throws IOException {
    if (writer == null) {
      return lastCommitData(folder).orElse(Map.of());
    }
    return liveCommitData(writer);
  }

  /** A modifiable copy of the user data the writer's next commit will carry. */
  private static Map<String, String> liveCommitData(IndexWriter writer) {
    Map<String, String> data = new HashMap<>();
    var live = writer.getLiveCommitData();
    if (live != null) {
      live.forEach(entry -> data.put(entry.getKey(), entry.getValue()));
    }
    return data;
  }

  /** Commits, adding {@code data} to the commit's user data, and makes it visible to searches. */
  public synchronized void commit(Map<String, String> data) throws IOException {
    if (writer == null) {
      throw new NewsgrepException("index " + folder + " is open read-only");
    }
    Map<String, String> merged = commitData();
    merged.putAll(data);
    merged.put(SCHEMA_KEY, Integer.toString(SCHEMA_VERSION));
    merged.put(BUILD_KEY, BUILD);
    writer.setLiveCommitData(merged.entrySet());
    writer.commit();
    searchers.maybeRefreshBlocking();
  }

  /** Runs {@code work} on a searcher that sees everything added before the call. */
  public <T> T withSearcher(SearcherWork<T> work) {
    try {
      return withSearcherOrThrow(work);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** As {@link #withSearcher}, letting the work's I/O failures through as they are. */
  public <T> T withSearcherOrThrow(SearcherWork<T> work) throws IOException {
    if (writer != null) {
      searchers.maybeRefreshBlocking();
    } else {
      FileTime looked = commits.look();
      if (commits.mayHaveChanged(looked)) {
        searchers.maybeRefreshBlocking();
        commits.caughtUp(looked);
      }
    }
    IndexSearcher searcher = searchers.acquire();
    try {
      return work.apply(searcher);
    } finally {
      searchers.release(searcher);
    }
  }

  @Override
  public void close() throws IOException {
    try (directory;
        var w = writer;
        searchers) {
      // closed in reverse order: searchers, writer (committing), directory
    }
  }

  /** Refuses to write an index into a folder that holds other things, so nothing is destroyed. */
  private static void refuseForeignFolder(Path folder) {
    if (Files.exists(folder) && !Files.isDirectory(folder)) {
      throw new NewsgrepException(folder + " is a file, not an index folder");
    }
    if (!Files.isDirectory(folder) || exists(folder)) {
      return;
    }
    try (Stream<Path> entries = Files.list(folder)) {
      boolean foreign = entries.map(p -> p.getFileName().toString()).anyMatch(n -> !isOurs(n));
      if (foreign) {
        throw new NewsgrepException(
            folder + " is not a newsgrep index and is not empty; refusing to write into it");
      }
    } catch (IOException e) {
      throw failure(folder, e);
    }
  }

  /**
   * Whether a file may sit in an index folder: Lucene's own files (also those of an index another
   * process is creating and has not yet committed), its lock, hidden files and a README.
   */
  private static boolean isOurs(String name) {
    return name.startsWith(".")
        || name.startsWith("README")
        || name.equals(IndexWriter.WRITE_LOCK_NAME)
        || name.startsWith(IndexFileNames.SEGMENTS)
        || name.startsWith(IndexFileNames.PENDING_SEGMENTS)
        || IndexFileNames.CODEC_FILE_PATTERN.matcher(name).matches();
  }

  /**
   * A write that failed (a full disk, a folder that became read-only), said in one line: the index
   * keeps its last commit.
   */
  public NewsgrepException writeFailure(IOException e) {
    return new NewsgrepException(
        "cannot write index " + folder + ": " + reason(e) + "; what was committed before is kept",
        e);
  }

  private static String reason(IOException e) {
    if (e instanceof FileSystemException fs && fs.getReason() != null) {
      return fs.getReason();
    }
    return String.valueOf(e.getMessage());
  }

  private static NewsgrepException failure(Path folder, IOException e) {
    if (e instanceof FileSystemException fs && "Read-only file system".equals(fs.getReason())) {
      return new NewsgrepException(
          "index " + folder + " is on a read-only file system: it can be searched, not written", e);
    }
    if (e instanceof IndexFormatTooOldException || e instanceof IndexFormatTooNewException) {
      return new NewsgrepException(
          "index "
              + folder
              + " was written by an incompatible version; re-create it with newsgrep index",
          e);
    }
    if (e instanceof AccessDeniedException) {
      return new NewsgrepException("index " + folder + ": permission denied", e);
    }
    if (e instanceof NoSuchFileException) {
      return new NewsgrepException(
          "index " + folder + " is incomplete: missing " + e.getMessage(), e);
    }
    return new NewsgrepException("index " + folder + ": " + e.getMessage(), e);
  }

  private static void closeQuietly(@Nullable Closeable closeable) {
    if (closeable == null) {
      return;
    }
    try {
      closeable.close();
    } catch (IOException ignored) {
      // the original failure is the one worth reporting
    }
  }
}
