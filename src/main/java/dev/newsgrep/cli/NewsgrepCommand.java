package dev.newsgrep.cli;

import java.nio.file.Path;
import java.util.Map;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ScopeType;
import picocli.CommandLine.Spec;

/** The top-level {@code newsgrep} command: holds the environment its subcommands run in. */
@Command(
    name = "newsgrep",
    mixinStandardHelpOptions = true,
    versionProvider = VersionProvider.class,
    description = {
      "Search news coverage: ranked paragraphs, quotes and who said them, across outlets.",
      ""
    },
    subcommands = {
      SearchCommand.class,
      QuoteCommand.class,
      SpeakersCommand.class,
      IndexCommand.class,
      ShowCommand.class,
      ExportCommand.class,
      StatsCommand.class
    },
    footerHeading = "%nExamples:%n",
    footer = {
      "  newsgrep search \"interest rates\"",
      "  newsgrep search --json '\"general election\"'",
      "  newsgrep search 'speaker:smith AND budget' --limit 5",
      "  newsgrep quote \"we will not raise taxes\"",
      "  newsgrep speakers --top 10",
      "  newsgrep index ~/articles --index ~/news-index",
      "  newsgrep show business/001#3",
      "",
      "Exit status: 0 found, 1 nothing found, 2 error.",
      "The index is $NEWSGREP_INDEX, else the project's index/ folder, built from seeds/ on first use."
    })
final class NewsgrepCommand implements Runnable {
  private final Map<String, String> environment;
  private final Path home;

  @Spec CommandSpec spec;

  @Option(
      names = "--verbose",
      scope = ScopeType.INHERIT,
      description = "On an error, print the full stack trace too.")
  boolean verbose;

  NewsgrepCommand(Map<String, String> environment, Path home) {
    this.environment = environment;
    this.home = home;
  }

  Map<String, String> environment() {
    return environment;
  }

  Path home() {
    return home;
  }

  @Override
  public void run() {
    spec.commandLine().usage(spec.commandLine().getErr());
    throw new picocli.CommandLine.ParameterException(spec.commandLine(), "missing command");
  }
}
