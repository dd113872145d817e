package dev.newsgrep.search;

import dev.newsgrep.Hit;
import dev.newsgrep.QuerySyntaxException;
import dev.newsgrep.SearchRequest;
import dev.newsgrep.SearchResults;
import dev.newsgrep.index.Fields;
import dev.newsgrep.index.NewsAnalyzer;
import dev.newsgrep.index.StoredParagraphs;
import java.io.IOException;
import java.time.Duration;
import java.util.ArrayList;
import org.apache.lucene.document.KeywordField;
import org.apache.lucene.queries.function.FunctionScoreQuery;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.DoubleValuesSource;
import org.apache.lucene.search.FieldDoc;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.Sort;
import org.apache.lucene.search.SortField;
import org.apache.lucene.search.SortedNumericSortField;
import org.apache.lucene.search.SortedSetSelector;
import org.apache.lucene.search.TopDocs;
import org.apache.lucene.search.TopFieldCollectorManager;
import org.apache.lucene.util.QueryBuilder;
import org.jspecify.annotations.Nullable;

/**
 * Runs a {@link SearchRequest} on one point-in-time searcher: BM25 scores, weighted down for page
 * chrome, ties broken by article id then paragraph number, and highlights for every hit.
 */
public final class ParagraphSearcher {
  /**
   * Best score first; among equal scores, article id then paragraph number, so output is stable.
   */
  static final Sort RANKING =
      new Sort(
          SortField.FIELD_SCORE,
          KeywordField.newSortField(Fields.ARTICLE, false, SortedSetSelector.Type.MIN),
          new SortedNumericSortField(Fields.PARAGRAPH, SortField.Type.INT));

  private static final QueryBuilder FILTER_PHRASES = new QueryBuilder(new NewsAnalyzer());

  private final IndexSearcher searcher;
  private final Duration timeLimit;
  private final SpeakerDirectory speakers;

  /** A searcher over one consistent view of the index. */
  public ParagraphSearcher(IndexSearcher searcher) throws IOException {
    this(searcher, TimeLimit.LIMIT);
  }

  /** A searcher whose searches stop, and fail, after {@code timeLimit}. */
  ParagraphSearcher(IndexSearcher searcher, Duration timeLimit) {
    this.timeLimit = timeLimit;
    this.searcher = searcher;
    this.speakers = SpeakerDirectory.of(searcher.getIndexReader());
  }

  /** The best hits for {@code request}, highlighted. */
  public SearchResults search(SearchRequest request) throws IOException {
    Query matching =
        SpeakerExpansion.expand(
            withFilters(NewsQueryParser.parse(request.query()), request), speakers);
    Query ranked =
        FunctionScoreQuery.boostByValue(matching, DoubleValuesSource.fromFloatField(Fields.WEIGHT));
    int limit = Math.min(request.limit(), Math.max(1, searcher.getIndexReader().maxDoc()));
    TopDocs top;
    try {
      IndexSearcher bounded = TimeLimit.searcher(searcher, timeLimit);
      top =
          bounded.search(
              ranked, new TopFieldCollectorManager(RANKING, limit, null, Integer.MAX_VALUE));
      TimeLimit.check(bounded, timeLimit);
    } catch (IndexSearcher.TooManyClauses e) {
      // Wildcards and fuzzy terms expand only now, against the index's terms.
      throw new QuerySyntaxException(
          "query expands to too many terms (more than " + IndexSearcher.getMaxClauseCount() + ")");
    }
    var spans = new MatchSpans(searcher, matching);
    var storedFields = searcher.storedFields();
    var hits = new ArrayList<Hit>(top.scoreDocs.length);
    for (ScoreDoc scoreDoc : top.scoreDocs) {
      float score = (Float) ((FieldDoc) scoreDoc).fields[0];
      hits.add(
          new Hit(
              speakers.canonicalize(StoredParagraphs.read(storedFields.document(scoreDoc.doc))),
              score,
              spans.spans(scoreDoc.doc, Fields.TEXT),
              spans.spans(scoreDoc.doc, Fields.TITLE)));
    }
    return new SearchResults(top.totalHits.value(), hits);
  }

  private static Query withFilters(Query query, SearchRequest request) {
    if (request.outlet() == null && request.speaker() == null) {
      return query;
    }
    var builder = new BooleanQuery.Builder().add(query, BooleanClause.Occur.MUST);
    addFilter(builder, Fields.OUTLET, request.outlet(), "--outlet");
    addFilter(builder, Fields.SPEAKER, request.speaker(), "--speaker");
    return builder.build();
  }

  private static void addFilter(
      BooleanQuery.Builder builder, String field, @Nullable String value, String option) {
    if (value == null) {
      return;
    }
    Query phrase = FILTER_PHRASES.createPhraseQuery(field, value);
    if (phrase == null) {
      throw new QuerySyntaxException(option + " needs a name with at least one word");
    }
    builder.add(phrase, BooleanClause.Occur.FILTER);
  }
}
