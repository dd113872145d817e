package dev.newsgrep.cli;

import picocli.CommandLine.Option;

/** The {@code --color WHEN} option of the commands that print highlighted text. */
final class ColorOption {
  @Option(
      names = "--color",
      paramLabel = "WHEN",
      defaultValue = "auto",
      description =
          "Colour matches: auto (on a terminal, unless NO_COLOR is set), always, never."
              + " Without colour, matches are marked **like this**.")
  ColorMode color = ColorMode.AUTO;

  /** The terminal this run prints to, as the option and the environment decide. */
  Terminal terminal(NewsgrepCommand top) {
    return Terminal.forOutput(color, top.environment());
  }
}
