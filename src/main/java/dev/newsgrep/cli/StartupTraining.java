package dev.newsgrep.cli;

import java.io.PrintWriter;
import java.io.Writer;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

/**
 * The run the launcher records to make the JVM's ahead-of-time cache (JDK 25+, {@code
 * -XX:AOTCacheOutput}): searches and quote lookups, the commands users run most, each once, in one
 * JVM, so that the classes they load, link and initialize are cached for every later start. Only
 * these: every class in the cache is loaded at each start, so a broader cache slows them. It runs
 * in a scratch project folder (the property {@code newsgrep.home}) whose {@code seeds/} the
 * launcher has already indexed in an earlier, unrecorded run, so that the cache holds what a search
 * needs and not what indexing does. Not for users: it prints nothing.
 */
final class StartupTraining {
  private static final List<List<String>> COMMANDS =
      List.of(
          List.of("search", "said"),
          List.of("search", "--json", "said"),
          List.of("search", "speaker:trump russia"),
          List.of("search", "\"unbalanced"),
          List.of("quote", "said"),
          List.of("quote", "--json", "said"));

  private StartupTraining() {}

  /** Runs each command against the scratch project's default index, discarding what it prints. */
  public static void main(String[] args) {
    Main.quietLibraryLogging();
    Path home = Main.home();
    var discard = new PrintWriter(Writer.nullWriter());
    for (List<String> command : COMMANDS) {
      Main.run(command.toArray(String[]::new), discard, discard, Map.of(), home);
    }
  }
}
