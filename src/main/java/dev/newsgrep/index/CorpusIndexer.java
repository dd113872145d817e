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
    var run = new Run(progress, previous);
    scan.skipped().forEach(run::report);
    progress.filesFound(scan.files().size());
    List<SourceFile> files = scan.files();
    int threads = Math.max(1, Math.min(Runtime.getRuntime().availableProcessors(), files.size()));
    var next = new AtomicInteger();
    // One worker per core takes the files in turn: nothing is queued per file, so half a million
    // files cost no more memory than their list.
    try (var pool = Executors.newFixedThreadPool(threads)) {
      var workers = new ArrayList<Future<?>>();
      for (int t = 0; t < threads; t++) {
        workers.add(
            pool.submit(
                () -> {
                  for (int i = next.getAndIncrement();
                      i < files.size();
                      i = next.getAndIncrement()) {
                    if (run.stopped.get() || progress.stopRequested()) {
                      run.stopped.set(true);
                      return;
                    }
                    run.indexFile(files.get(i));
                  }
                }));
      }
      try {
        for (Future<?> worker : workers) {
          await(worker);
        }
      } catch (IOException | RuntimeException e) {
        // The first failure (a full disk, say) stops the files not yet started.
        run.stopped.set(true);
        throw e;
      }
    }
    var skippedInOrder = new ArrayList<>(run.skipped);
    skippedInOrder.sort(
        Comparator.comparing(SkippedInput::path).thenComparing(SkippedInput::reason));
    return new IndexSummary(
        run.articleCount.get(),
        run.paragraphCount.get(),
        skippedInOrder,
        Duration.ofNanos(System.nanoTime() - started),
        run.filesDone.get(),
        files.size(),
        run.stopped.get(),
        run.replaced.stream().sorted(Comparator.comparing(Replacement::article)).toList());
  }

  /** What one call of {@link #index} has done so far, shared by its workers. */
  private final class Run {
    final List<SkippedInput> skipped = Collections.synchronizedList(new ArrayList<>());
    final List<Replacement> replaced = Collections.synchronizedList(new ArrayList<>());
    final AtomicInteger articleCount = new AtomicInteger();
    final AtomicInteger paragraphCount = new AtomicInteger();
    final AtomicInteger filesDone = new AtomicInteger();
    final AtomicBoolean stopped = new AtomicBoolean();
    private final IndexProgress progress;
    private final PreviousSources previous;

    Run(IndexProgress progress, PreviousSources previous) {
      this.progress = progress;
      this.previous = previous;
    }

    void indexFile(SourceFile file) {
      try {
        readAndIndex(file);
      } catch (RuntimeException e) {
        stopped.set(true); // the other workers stop at their next file
        throw e;
      }
    }

    private void readAndIndex(SourceFile file) {
      FileResult result = reader.read(file);
      result.skipped().forEach(this::report);
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
                  before -> replaced.add(new Replacement(article.id(), Path.of(before), source)));
          paragraphCount.addAndGet(articles.addRead(article, origin));
          indexed++;
        } catch (IOException e) {
          throw new UncheckedIOException(e);
        } catch (IllegalArgumentException e) {
          // Lucene refused this article's content; the writer and the rest go on.
          String reason = "article " + article.id() + " not indexed: " + e.getMessage();
          report(new SkippedFile(file.path(), reason));
        }
      }
      articleCount.addAndGet(indexed);
      filesDone.incrementAndGet();
      progress.fileIndexed(file.path(), indexed);
      checkpointIfDue();
    }

    void report(SkippedFile file) {
      var input = new SkippedInput(file.path(), file.reason());
      skipped.add(input);
      progress.skipped(input);
    }
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
