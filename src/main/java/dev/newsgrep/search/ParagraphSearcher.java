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
import java.util.List;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.TopDocs;
import org.apache.lucene.search.TotalHits;
import org.apache.lucene.util.QueryBuilder;
import org.jspecify.annotations.Nullable;

/**
 * Runs a {@link SearchRequest} on one point-in-time searcher: BM25 scores, weighted down for page
 * chrome, ties broken by article id then paragraph number, and highlights for every hit (unless the
 * request asks for none).
 */
public final class ParagraphSearcher {
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
    Query ranked = new DownWeightedQuery(matching, Fields.WEIGHT);
    TopDocs top =
        RankedSearch.top(
            searcher, ranked, request.limit(), SearchResults.EXACT_COUNT_UP_TO, timeLimit);
    var spans = request.highlights() ? new MatchSpans(searcher, matching) : null;
    var storedFields = searcher.storedFields();
    var hits = new ArrayList<Hit>(top.scoreDocs.length);
    for (ScoreDoc scoreDoc : top.scoreDocs) {
      hits.add(
          new Hit(
              speakers.canonicalize(StoredParagraphs.read(storedFields.document(scoreDoc.doc))),
              scoreDoc.score,
              spans == null ? List.of() : spans.spans(scoreDoc.doc, Fields.TEXT),
              spans == null ? List.of() : spans.spans(scoreDoc.doc, Fields.TITLE)));
    }
    hits.sort(RankedSearch.bestFirst(Hit::score, Hit::paragraph));
    return new SearchResults(
        top.totalHits.value(), top.totalHits.relation() == TotalHits.Relation.EQUAL_TO, hits);
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
