package dev.newsgrep.index;

import dev.newsgrep.IndexProgress;
import dev.newsgrep.IndexSummary;
import dev.newsgrep.NewsgrepException;
import dev.newsgrep.Replacement;
import dev.newsgrep.SkippedInput;
import dev.newsgrep.ingest.ArticleFileReader;
import dev.newsgrep.ingest.CorpusScan;
import dev.newsgrep.ingest.CorpusScanner;
import dev.newsgrep.ingest.FileResult;
import dev.newsgrep.ingest.SkippedFile;
import dev.newsgrep.ingest.SourceFile;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Indexes files and folders: finds the article files, reads and indexes them on every core, and
 * tells an {@link IndexProgress} how it goes.
 */
public final class CorpusIndexer {
  /** By default, commit this often during a long run: a crash loses at most this much work. */
  public static final Duration DEFAULT_CHECKPOINT_INTERVAL = Duration.ofSeconds(10);

  /** Makes what was indexed so far durable. */
  @FunctionalInterface
  public interface Checkpoint {
    /** Commits. */
    void commit() throws IOException;
  }

  private final ArticleIndexer articles;
  private final Checkpoint checkpoint;
  private final Duration checkpointInterval;
  private final ArticleFileReader reader = new ArticleFileReader();
  private final AtomicLong lastCheckpoint = new AtomicLong(System.nanoTime());

  /**
   * A corpus indexer writing through {@code articles}, committing through {@code checkpoint} every
   * {@code checkpointInterval} while it runs.
   */
  public CorpusIndexer(
      ArticleIndexer articles, Checkpoint checkpoint, Duration checkpointInterval) {
    this.articles = articles;
    this.checkpoint = checkpoint;
    this.checkpointInterval = checkpointInterval;
  }

  /**
   * Indexes everything under {@code paths}, stopping early, between files, when {@code progress}
   * asks; the caller commits at the end.
   */
  public IndexSummary index(List<Path> paths, IndexProgress progress, PreviousSources previous)
      throws IOException {
    long started = System.nanoTime();
    CorpusScan scan = CorpusScanner.scan(paths);
    var skipped = Collections.synchronizedList(new ArrayList<SkippedInput>());
    var replaced = Collections.synchronizedList(new ArrayList<Replacement>());
    scan.skipped().forEach(s -> report(s, skipped, progress));
    progress.filesFound(scan.files().size());
    var articleCount = new AtomicInteger();
    var paragraphCount = new AtomicInteger();
    var filesDone = new AtomicInteger();
    var stopped = new AtomicBoolean();
    int threads =
        Math.max(1, Math.min(Runtime.getRuntime().availableProcessors(), scan.files().size()));
    try (var pool = Executors.newFixedThreadPool(threads)) {
      var futures = new ArrayList<Future<?>>();
      for (SourceFile file : scan.files()) {
        futures.add(
            pool.submit(
                () -> {
                  if (stopped.get() || progress.stopRequested()) {
                    stopped.set(true);
                    return;
                  }
                  FileResult result = reader.read(file);
                  result.skipped().forEach(s -> report(s, skipped, progress));
                  String root = file.root().toAbsolutePath().normalize().toString();
                  Path source = file.path().toAbsolutePath().normalize();
                  var origin = new Origin(root, source.toString());
                  int indexed = 0;
                  for (var article : result.articles()) {
                    try {
                      previous
                          .of(article.id())
                          .filter(before -> !before.equals(origin.file()))
                          .ifPresent(
                              before ->
                                  replaced.add(
                                      new Replacement(article.id(), Path.of(before), source)));
                      paragraphCount.addAndGet(articles.addRead(article, origin));
                      indexed++;
                    } catch (IOException e) {
                      throw new UncheckedIOException(e);
                    } catch (IllegalArgumentException e) {
                      // Lucene refused this article's content; the writer and the rest go on.
                      String reason = "article " + article.id() + " not indexed: " + e.getMessage();
                      report(new SkippedFile(file.path(), reason), skipped, progress);
                    }
                  }
                  articleCount.addAndGet(indexed);
                  filesDone.incrementAndGet();
                  progress.fileIndexed(file.path(), indexed);
                  checkpointIfDue();
                }));
      }
      try {
        for (Future<?> future : futures) {
          await(future);
        }
      } catch (IOException | RuntimeException e) {
        // The first failure (a full disk, say) stops the files not yet started.
        stopped.set(true);
        throw e;
      }
    }
    var skippedInOrder = new ArrayList<>(skipped);
    skippedInOrder.sort(
        Comparator.comparing(SkippedInput::path).thenComparing(SkippedInput::reason));
    return new IndexSummary(
        articleCount.get(),
        paragraphCount.get(),
        skippedInOrder,
        Duration.ofNanos(System.nanoTime() - started),
        filesDone.get(),
        scan.files().size(),
        stopped.get(),
        replaced.stream().sorted(Comparator.comparing(Replacement::article)).toList());
  }

  private void checkpointIfDue() {
    long last = lastCheckpoint.get();
    long now = System.nanoTime();
    if (now - last >= checkpointInterval.toNanos() && lastCheckpoint.compareAndSet(last, now)) {
      try {
        checkpoint.commit();
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }
  }

  private static void report(SkippedFile file, List<SkippedInput> skipped, IndexProgress progress) {
    var input = new SkippedInput(file.path(), file.reason());
    skipped.add(input);
    progress.skipped(input);
  }

  private static void await(Future<?> future) throws IOException {
    try {
      future.get();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new NewsgrepException("indexing interrupted", e);
    } catch (ExecutionException e) {
      if (e.getCause() instanceof UncheckedIOException io) {
        throw io.getCause();
      }
      if (e.getCause() instanceof RuntimeException runtime) {
        throw runtime;
      }
      throw new NewsgrepException("indexing failed: " + e.getCause(), e.getCause());
    }
  }
}
