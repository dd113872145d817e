package dev.newsgrep.cli;

/** When to colour output, as ripgrep's {@code --color}. */
enum ColorMode {
  AUTO,
  ALWAYS,
  NEVER
}
