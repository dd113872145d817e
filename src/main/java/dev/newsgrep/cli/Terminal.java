package dev.newsgrep.cli;

import java.io.Console;
import java.util.Locale;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * What the terminal can take: whether to colour output, and how to make untrusted article text safe
 * to print (no raw escape sequences, carriage returns or bidi overrides reach the screen).
 */
final class Terminal {
  private static final String RESET = "\u001b[0m";

  private final boolean colour;

  private Terminal(boolean colour) {
    this.colour = colour;
  }

  /** Decides colour from {@code --color}, {@code NO_COLOR} and whether stdout is a terminal. */
  static Terminal forOutput(ColorMode mode, Map<String, String> environment) {
    return new Terminal(
        switch (mode) {
          case ALWAYS -> true;
          case NEVER -> false;
          case AUTO -> {
            String noColor = environment.get("NO_COLOR");
            yield (noColor == null || noColor.isEmpty())
                && !"dumb".equals(environment.get("TERM"))
                && stdoutIsTerminal(environment);
          }
        });
  }

  /** The launcher says whether stdout is a terminal; without it, ask the JVM. */
  private static boolean stdoutIsTerminal(Map<String, String> environment) {
    String fromLauncher = environment.get("NEWSGREP_STDOUT_TTY");
    if (fromLauncher != null) {
      return fromLauncher.equals("1");
    }
    Console console = System.console();
    if (console == null) {
      return false;
    }
    try {
      // JDK 22+ returns a console even when redirected and says so here; JDK 21 returns null.
      return (Boolean) Console.class.getMethod("isTerminal").invoke(console);
    } catch (ReflectiveOperationException e) {
      return true;
    }
  }

  /** Whether stderr is a terminal (for progress bars), as the launcher reports it. */
  static boolean stderrIsTerminal(Map<String, String> environment) {
    return "1".equals(environment.get("NEWSGREP_STDERR_TTY"));
  }

  boolean colour() {
    return colour;
  }

  /** {@code text} in the given style when colouring, else as it is; always made safe. */
  String style(Style style, String text) {
    String safe = safe(text);
    return colour ? style.code + safe + RESET : safe;
  }

  /** A message safe for one line of stderr: control characters and line breaks escaped. */
  static String oneLine(@Nullable String message) {
    return message == null ? "" : safe(message).replace("\n", "\\n");
  }

  /** Untrusted text with every control character shown as a visible escape, newlines kept. */
  static String safe(String text) {
    StringBuilder out = null;
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (isUnsafe(c)) {
        if (out == null) {
          out = new StringBuilder(text.length() + 16).append(text, 0, i);
        }
        out.append(String.format(Locale.ROOT, "\\u%04x", (int) c));
      } else if (out != null) {
        out.append(c);
      }
    }
    return out == null ? text : out.toString();
  }

  private static boolean isUnsafe(char c) {
    if (c == '\n' || c == '\t') {
      return false;
    }
    return c < 0x20
        || (c >= 0x7f && c <= 0x9f)
        || (c >= '\u202a' && c <= '\u202e')
        || (c >= '\u2066' && c <= '\u2069')
        || c == '\u200e'
        || c == '\u200f'
        || c == '\u061c';
  }

  /** The styles newsgrep prints in. */
  enum Style {
    MATCH("\u001b[1;31m"),
    LOCATION("\u001b[35m"),
    OUTLET("\u001b[32m"),
    SPEAKER("\u001b[36m"),
    TITLE("\u001b[1m"),
    ADDED("\u001b[1;4;32m"),
    REMOVED("\u001b[9;33m"),
    DIM("\u001b[2m");

    private final String code;

    Style(String code) {
      this.code = code;
    }
  }
}
