package dev.newsgrep.cli;

import dev.newsgrep.IndexProgress;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.function.BooleanSupplier;
import me.tongfei.progressbar.ConsoleProgressBarConsumer;
import me.tongfei.progressbar.ProgressBar;
import me.tongfei.progressbar.ProgressBarBuilder;
import me.tongfei.progressbar.ProgressBarStyle;
import org.jspecify.annotations.Nullable;

/** A progress bar on stderr for indexing runs long enough to want one, on a terminal only. */
final class ProgressReport implements IndexProgress, AutoCloseable {
  /** Fewer files than this index too fast for a bar to help. */
  static final int MIN_FILES_FOR_BAR = 200;

  private final PrintWriter err;
  private final boolean terminal;
  private final BooleanSupplier stop;
  private @Nullable ProgressBar bar;

  /**
   * @param terminal whether stderr is a terminal (a bar only there)
   * @param stop whether the run was asked to stop
   */
  ProgressReport(PrintWriter err, boolean terminal, BooleanSupplier stop) {
    this.err = err;
    this.terminal = terminal;
    this.stop = stop;
  }

  @Override
  public boolean stopRequested() {
    return stop.getAsBoolean();
  }

  @Override
  public synchronized void filesFound(int files) {
    if (terminal && files >= MIN_FILES_FOR_BAR) {
      bar =
          new ProgressBarBuilder()
              .setTaskName("Indexing")
              .setInitialMax(files)
              .setUnit(" files", 1)
              .setStyle(ProgressBarStyle.ASCII)
              .setConsumer(new ConsoleProgressBarConsumer(System.err))
              .setUpdateIntervalMillis(200)
              .build();
    }
  }

  @Override
  public synchronized void fileIndexed(Path file, int articles) {
    if (bar != null) {
      bar.step();
    }
  }

  @Override
  public synchronized void close() {
    if (bar != null) {
      bar.close();
      bar = null;
    }
    err.flush();
  }
}
