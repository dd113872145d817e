package dev.newsgrep.cli;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

/** The launcher {@code ./newsgrep} run as a separate process, its output captured in files. */
final class NewsgrepProcess {
  private static final AtomicInteger RUNS = new AtomicInteger();

  /** What a finished run printed and returned. */
  record Run(int status, String out, String err) {}

  private final Process process;
  private final Path out;
  private final Path err;

  private NewsgrepProcess(Process process, Path out, Path err) {
    this.process = process;
    this.out = out;
    this.err = err;
  }

  /** Starts {@code ./newsgrep ARGS}, writing its output into files under {@code work}. */
  static NewsgrepProcess start(Path work, String... args) throws IOException {
    int run = RUNS.incrementAndGet();
    return startWritingTo(
        work.resolve("out-" + run + ".txt"), work.resolve("err-" + run + ".txt"), args);
  }

  /** Starts {@code ./newsgrep ARGS} with its stdout going to {@code out}. */
  static NewsgrepProcess startWritingTo(Path out, Path err, String... args) throws IOException {
    return startAs(List.of(), out, err, args);
  }

  /**
   * Starts {@code PREFIX ./newsgrep ARGS}: the prefix runs it another way, such as as another user
   * ({@code setpriv --reuid=...}).
   */
  static NewsgrepProcess startAs(List<String> prefix, Path out, Path err, String... args)
      throws IOException {
    var command = new ArrayList<String>(prefix);
    command.add(Path.of("newsgrep").toAbsolutePath().toString());
    command.addAll(List.of(args));
    return start(new ProcessBuilder(command), out, err);
  }

  /**
   * Starts {@code LAUNCHER ARGS} (a copy of the launcher elsewhere) with these variables added to
   * the environment, and waits for it to end.
   */
  static Run runLauncher(Path launcher, Map<String, String> environment, Path work, String... args)
      throws IOException, InterruptedException {
    var command = new ArrayList<String>();
    command.add(launcher.toAbsolutePath().toString());
    command.addAll(List.of(args));
    var builder = new ProcessBuilder(command);
    builder.environment().putAll(environment);
    int run = RUNS.incrementAndGet();
    return start(builder, work.resolve("out-" + run + ".txt"), work.resolve("err-" + run + ".txt"))
        .await();
  }

  private static NewsgrepProcess start(ProcessBuilder builder, Path out, Path err)
      throws IOException {
    Process process =
        builder
            .redirectOutput(out.toFile())
            .redirectError(err.toFile())
            .redirectInput(ProcessBuilder.Redirect.from(new File("/dev/null")))
            .start();
    return new NewsgrepProcess(process, out, err);
  }

  /** Runs {@code ./newsgrep ARGS} to its end. */
  static Run run(Path work, String... args) throws IOException, InterruptedException {
    return start(work, args).await();
  }

  /** Waits for the process to end (two minutes at most) and returns what it did. */
  Run await() throws IOException, InterruptedException {
    return await(Duration.ofMinutes(2));
  }

  /** Waits for the process to end, {@code limit} at most, and returns what it did. */
  Run await(Duration limit) throws IOException, InterruptedException {
    assertTrue(process.waitFor(limit.toMillis(), TimeUnit.MILLISECONDS), "newsgrep did not finish");
    return new Run(process.exitValue(), read(out), read(err));
  }

  boolean isAlive() {
    return process.isAlive();
  }

  /** Sends a signal ({@code INT}, {@code KILL}, ...) to the process. */
  void signal(String name) throws IOException, InterruptedException {
    var kill = new ProcessBuilder("kill", "-" + name, Long.toString(process.pid())).start();
    assertTrue(kill.waitFor(10, TimeUnit.SECONDS));
  }

  private static String read(Path file) throws IOException {
    return Files.isRegularFile(file) ? Files.readString(file, StandardCharsets.UTF_8) : "";
  }
}
