package dev.newsgrep.search;

import dev.newsgrep.NewsgrepException;
import java.time.Duration;
import org.apache.lucene.index.QueryTimeoutImpl;
import org.apache.lucene.search.IndexSearcher;

/**
 * The bound on one search: a query that matches so much that ranking it takes longer than {@link
 * #LIMIT} is stopped and reported, never left to hang.
 */
final class TimeLimit {
  /** How long ranking one query may take. */
  static final Duration LIMIT = Duration.ofSeconds(10);

  private TimeLimit() {}

  /** A searcher of its own over {@code shared}'s reader, stopping after {@code limit}. */
  static IndexSearcher searcher(IndexSearcher shared, Duration limit) {
    var searcher = new IndexSearcher(shared.getIndexReader());
    searcher.setSimilarity(shared.getSimilarity());
    searcher.setTimeout(new QueryTimeoutImpl(limit.toMillis()));
    return searcher;
  }

  /** Fails if {@code searcher} stopped early: its results would be partial. */
  static void check(IndexSearcher searcher, Duration limit) {
    if (searcher.timedOut()) {
      throw new NewsgrepException(
          "query stopped after "
              + limit.toSeconds()
              + " s: it matches too much to rank in time; make it narrower");
    }
  }
}
