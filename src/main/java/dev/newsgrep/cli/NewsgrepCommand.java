package dev.newsgrep.cli;

import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Supplier;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ScopeType;
import picocli.CommandLine.Spec;

/** The top-level {@code newsgrep} command: holds the environment its subcommands run in. */
@Command(
    name = "newsgrep",
    mixinStandardHelpOptions = true,
    addMethodSubcommands = false,
    versionProvider = VersionProvider.class,
    description = {
      "Search news coverage: ranked paragraphs, quotes and who said them, across outlets.",
      ""
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
  /** The subcommands by name, in the order the help lists them. */
  private static final Map<String, Supplier<Object>> SUBCOMMANDS = new LinkedHashMap<>();

  static {
    SUBCOMMANDS.put("search", SearchCommand::new);
    SUBCOMMANDS.put("quote", QuoteCommand::new);
    SUBCOMMANDS.put("speakers", SpeakersCommand::new);
    SUBCOMMANDS.put("index", IndexCommand::new);
    SUBCOMMANDS.put("show", ShowCommand::new);
    SUBCOMMANDS.put("export", ExportCommand::new);
    SUBCOMMANDS.put("stats", StatsCommand::new);
  }

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

  /**
   * The command line for {@code args}. picocli builds the model of every subcommand it is given, by
   * reflection, a good part of a short run's start; so when {@code args} run one subcommand ({@code
   * [--verbose] NAME ...}) only that one is added. Anything else (help, the version, an unknown
   * command, an option before the command) gets all of them, so that help, errors and suggestions
   * are the full ones; a run of one subcommand parses and prints as it would with all.
   */
  static CommandLine commandLine(NewsgrepCommand top, String[] args) {
    // No Groovy closures in these annotations: picocli need not search the class path for Groovy.
    System.setProperty("picocli.disable.closures", "true");
    var commandLine = new CommandLine(top);
    Supplier<Object> only = SUBCOMMANDS.get(invokedName(args));
    if (only != null) {
      commandLine.addSubcommand(only.get());
    } else {
      SUBCOMMANDS.values().forEach(subcommand -> commandLine.addSubcommand(subcommand.get()));
    }
    commandLine.setCaseInsensitiveEnumValuesAllowed(true);
    return commandLine;
  }

  /** The first argument that is not {@code --verbose}, or "" if there is none. */
  private static String invokedName(String[] args) {
    for (String arg : args) {
      if (!arg.equals("--verbose")) {
        return arg;
      }
    }
    return "";
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
