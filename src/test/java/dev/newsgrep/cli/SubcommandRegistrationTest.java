package dev.newsgrep.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import picocli.CommandLine;

/**
 * A run of one subcommand registers only that one (for a fast start): its help and its errors read
 * exactly as with every subcommand registered, and everything else still sees all of them.
 */
class SubcommandRegistrationTest {
  private static final List<String> COMMANDS =
      List.of("search", "quote", "speakers", "index", "show", "export", "stats");

  private static final Path HOME = Path.of("").toAbsolutePath();

  private static CommandLine commandLine(String... args) {
    return NewsgrepCommand.commandLine(new NewsgrepCommand(Map.of(), HOME), args);
  }

  /** Every subcommand registered, as for {@code newsgrep --help}. */
  private static CommandLine everyCommand() {
    return commandLine("--help");
  }

  @Test
  void aRunOfOneCommandRegistersOnlyIt() {
    assertEquals(
        List.of("search"), List.copyOf(commandLine("search", "x").getSubcommands().keySet()));
    assertEquals(
        List.of("quote"),
        List.copyOf(commandLine("--verbose", "quote", "x").getSubcommands().keySet()));
  }

  @ParameterizedTest
  @ValueSource(strings = {"--help", "--version", "-h", "serch", "--index", ""})
  void anythingElseRegistersEveryCommandInHelpOrder(String first) {
    String[] args = first.isEmpty() ? new String[0] : new String[] {first, "search"};
    assertEquals(COMMANDS, List.copyOf(commandLine(args).getSubcommands().keySet()));
  }

  @Test
  void eachCommandsHelpIsTheSameAsWithEveryCommandRegistered() {
    for (String command : COMMANDS) {
      var result = new Cli(HOME, Map.of()).run(command, "--help");
      assertEquals(0, result.status(), command);
      var expected = new StringWriter();
      var all = everyCommand();
      all.setOut(new PrintWriter(expected));
      assertEquals(0, all.execute(command, "--help"), command);
      assertEquals(expected.toString(), result.out(), command);
    }
  }

  @Test
  void topLevelHelpListsEveryCommand() {
    var result = new Cli(HOME, Map.of()).run("--help");
    int previous = -1;
    for (String command : COMMANDS) {
      int at = result.out().indexOf("\n  " + command + " ");
      assertTrue(at > previous, command + " listed in order: " + result.out());
      previous = at;
    }
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "search",
        "search --bogus x",
        "search --limit many x",
        "search --color weird x",
        "quote",
        "show",
        "index --commit-every soon x",
        "stats extra"
      })
  void errorsReadTheSameAsWithEveryCommandRegistered(String line) {
    String[] args = line.split(" ");
    var alone =
        assertThrows(CommandLine.ParameterException.class, () -> parse(commandLine(args), args));
    var withAll =
        assertThrows(CommandLine.ParameterException.class, () -> parse(everyCommand(), args));
    assertEquals(withAll.getMessage(), alone.getMessage());
    assertEquals(
        withAll.getCommandLine().getCommandSpec().qualifiedName(),
        alone.getCommandLine().getCommandSpec().qualifiedName());
  }

  private static void parse(CommandLine commandLine, String[] args) {
    commandLine.parseArgs(args);
  }
}
