package dev.newsgrep.cli;

/** Exit statuses, as grep's. */
final class ExitCodes {
  static final int FOUND = 0;
  static final int NOTHING_FOUND = 1;
  static final int ERROR = 2;

  private ExitCodes() {}
}
