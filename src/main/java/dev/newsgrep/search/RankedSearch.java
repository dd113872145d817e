package dev.newsgrep.search;

import dev.newsgrep.Paragraph;
import dev.newsgrep.QuerySyntaxException;
import java.io.IOException;
import java.time.Duration;
import java.util.Comparator;
import java.util.function.Function;
import java.util.function.ToDoubleFunction;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.TopDocs;
import org.apache.lucene.search.TopScoreDocCollectorManager;

/**
 * The best hits of a query, the way Lucene finds them fastest: best score first, equal scores in
 * index order, so that Lucene skips every match that cannot beat the hits it holds (on an index
 * with many equally scored paragraphs, reprints say, that is most of them). Matches are counted
 * exactly up to a bound, then only as far as ranking needs. The caller orders the returned hits
 * with {@link #bestFirst}, so that equal scores are listed by article and paragraph.
 */
final class RankedSearch {
  /** Best score first; among equal scores, article id then paragraph number. */
  static <T> Comparator<T> bestFirst(ToDoubleFunction<T> score, Function<T, Paragraph> paragraph) {
    return Comparator.comparingDouble(score)
        .reversed()
        .thenComparing(paragraph.andThen(Paragraph::article))
        .thenComparingInt(hit -> paragraph.apply(hit).number());
  }

  private RankedSearch() {}

  /**
   * The top {@code limit} hits of {@code query}, counting matches exactly up to {@code
   * exactCountUpTo}; stopped, and failed, after {@code timeLimit}.
   *
   * @throws QuerySyntaxException if the query expands to more terms than Lucene allows
   */
  static TopDocs top(
      IndexSearcher searcher, Query query, int limit, int exactCountUpTo, Duration timeLimit)
      throws IOException {
    int capped = Math.min(limit, Math.max(1, searcher.getIndexReader().maxDoc()));
    IndexSearcher bounded = TimeLimit.searcher(searcher, timeLimit);
    TopDocs top;
    try {
      top = bounded.search(query, new TopScoreDocCollectorManager(capped, null, exactCountUpTo));
    } catch (IndexSearcher.TooManyClauses e) {
      // Wildcards and fuzzy terms expand only now, against the index's terms.
      throw new QuerySyntaxException(
          "query expands to too many terms (more than " + IndexSearcher.getMaxClauseCount() + ")");
    }
    TimeLimit.check(bounded, timeLimit);
    return top;
  }
}
