package dev.newsgrep.cli;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import java.util.Map;

/** Runs newsgrep's real entry point in-process, capturing what it prints. */
final class Cli {
  private final Path home;
  private final Map<String, String> environment;

  Cli(Path home, Map<String, String> environment) {
    this.home = home;
    this.environment = environment;
  }

  Result run(String... args) {
    var out = new StringWriter();
    var err = new StringWriter();
    int status = Main.run(args, new PrintWriter(out), new PrintWriter(err), environment, home);
    return new Result(status, out.toString(), err.toString());
  }

  record Result(int status, String out, String err) {}
}
