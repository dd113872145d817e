package dev.newsgrep;

/** A query that cannot be parsed or uses a field newsgrep does not have. */
public final class QuerySyntaxException extends NewsgrepException {
  private static final long serialVersionUID = 1L;

  /** A malformed query, explained in one line. */
  public QuerySyntaxException(String message) {
    super(message);
  }
}
