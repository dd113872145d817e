package dev.newsgrep;

/**
 * A failure newsgrep can explain in one line to the person who caused it: a malformed query, a
 * folder that is not an index, an index another process is writing. Its message is that line.
 */
public class NewsgrepException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  /** A failure with a one-line message. */
  public NewsgrepException(String message) {
    super(message);
  }

  /** A failure with a one-line message and the exception behind it. */
  public NewsgrepException(String message, Throwable cause) {
    super(message, cause);
  }
}
