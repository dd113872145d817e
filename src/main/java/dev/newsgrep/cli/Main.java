package dev.newsgrep.cli;

import dev.newsgrep.NewsIndex;
import dev.newsgrep.NewsgrepException;
import java.io.FileDescriptor;
import java.io.FileOutputStream;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.jspecify.annotations.Nullable;

/** The command-line entry point; the only place that exits the JVM. */
public final class Main {
  private static volatile @Nullable Logger luceneLogger;

  private Main() {}

  /** Runs newsgrep and exits with its status. */
  public static void main(String[] args) {
    // The first setup of logging and of Lucene needs nothing from the arguments, and picocli's
    // building of the command needs nothing from them: each is a good part of a search's start,
    // so they run at once, on two cores.
    Thread.ofPlatform().daemon().name("newsgrep-warm-up").start(Main::warmUp);
    var stdout = new WatchedOutput(new FileOutputStream(FileDescriptor.out));
    var out = utf8(stdout);
    var err = utf8(new FileOutputStream(FileDescriptor.err));
    int status = run(args, out, err, System.getenv(), home());
    out.flush();
    if (stdout.failure().isPresent() && !stdout.brokenPipe()) {
      err.println("newsgrep: cannot write output: " + stdout.failure().get().getMessage());
      status = ExitCodes.ERROR;
    }
    err.flush();
    System.exit(status);
  }

  /**
   * Runs newsgrep with the given arguments, output, environment and project folder, and returns its
   * exit status: 0 found, 1 nothing found, 2 error.
   */
  public static int run(
      String[] args, PrintWriter out, PrintWriter err, Map<String, String> environment, Path home) {
    boolean verbose = List.of(args).contains("--verbose");
    var commandLine = NewsgrepCommand.commandLine(new NewsgrepCommand(environment, home), args);
    commandLine.setOut(out);
    commandLine.setErr(err);
    commandLine.setExecutionExceptionHandler(
        (exception, cmd, parseResult) -> {
          cmd.getErr().println("newsgrep: " + Terminal.oneLine(describe(exception)));
          if (verbose) {
            exception.printStackTrace(cmd.getErr());
          }
          return ExitCodes.ERROR;
        });
    commandLine.setParameterExceptionHandler(
        (exception, arguments) -> {
          var cmd = exception.getCommandLine();
          cmd.getErr().println("newsgrep: " + Terminal.oneLine(exception.getMessage()));
          cmd.getErr()
              .println("Try '" + cmd.getCommandSpec().qualifiedName() + " --help' for more.");
          return ExitCodes.ERROR;
        });
    quietLibraryLogging(); // before any Lucene class can log
    int status;
    try {
      status = commandLine.execute(args.length == 0 ? new String[] {"--help"} : args);
    } catch (StackOverflowError | OutOfMemoryError e) {
      // A pathological query or a limit beyond memory: say so in one line, never a trace.
      err.println("newsgrep: out of resources (" + e.getClass().getSimpleName() + ")");
      status = ExitCodes.ERROR;
    }
    out.flush();
    err.flush();
    return status;
  }

  private static String describe(Exception exception) {
    if (exception instanceof NewsgrepException known) {
      return known.getMessage();
    }
    if (exception instanceof UncheckedIOException io) {
      return "I/O error: " + io.getCause().getMessage();
    }
    String message = exception.getMessage();
    return exception.getClass().getSimpleName()
        + (message == null ? "" : ": " + message.lines().findFirst().orElse(""));
  }

  /** Lucene logs advice about JVM flags through java.util.logging; users need none of it. */
  static void quietLibraryLogging() {
    Logger lucene = Logger.getLogger("org.apache.lucene");
    lucene.setLevel(Level.SEVERE);
    luceneLogger = lucene; // held: a logger nobody holds may be collected, and its level with it
  }

  private static void warmUp() {
    quietLibraryLogging();
    NewsIndex.warmUp();
  }

  static Path home() {
    String home = System.getProperty("newsgrep.home");
    return Path.of(home == null ? "" : home).toAbsolutePath();
  }

  private static PrintWriter utf8(OutputStream stream) {
    return new PrintWriter(new OutputStreamWriter(stream, StandardCharsets.UTF_8), false);
  }
}
