package dev.newsgrep.search;

import dev.newsgrep.Highlight;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.ReaderUtil;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Matches;
import org.apache.lucene.search.MatchesIterator;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreMode;
import org.apache.lucene.search.Weight;
import org.jspecify.annotations.Nullable;

/**
 * Where a query matched in one field of a hit, as exact character spans, from Lucene's matches API
 * over the offsets stored in the postings. A phrase gives one span covering the whole phrase, never
 * its words scattered elsewhere.
 */
final class MatchSpans {
  private final Weight weight;
  private final List<LeafReaderContext> leaves;

  MatchSpans(IndexSearcher searcher, Query query) throws IOException {
    this.weight = searcher.createWeight(searcher.rewrite(query), ScoreMode.COMPLETE_NO_SCORES, 1f);
    this.leaves = searcher.getIndexReader().leaves();
  }

  /** The merged, ordered spans where the query matched {@code field} of document {@code doc}. */
  List<Highlight> spans(int doc, String field) throws IOException {
    return spans(matches(doc), field);
  }

  /**
   * The spans where the query matched each of {@code fields} of document {@code doc}, in the order
   * given: the document's matches are found once for all of them.
   */
  List<List<Highlight>> spans(int doc, String... fields) throws IOException {
    Matches matches = matches(doc);
    var spans = new ArrayList<List<Highlight>>(fields.length);
    for (String field : fields) {
      spans.add(spans(matches, field));
    }
    return spans;
  }

  private @Nullable Matches matches(int doc) throws IOException {
    LeafReaderContext leaf = leaves.get(ReaderUtil.subIndex(doc, leaves));
    return weight.matches(leaf, doc - leaf.docBase);
  }

  private static List<Highlight> spans(@Nullable Matches matches, String field) throws IOException {
    if (matches == null) {
      return List.of();
    }
    MatchesIterator iterator = matches.getMatches(field);
    if (iterator == null) {
      return List.of();
    }
    var raw = new ArrayList<int[]>();
    while (iterator.next()) {
      int start = iterator.startOffset();
      int end = iterator.endOffset();
      if (start >= 0 && end > start) {
        raw.add(new int[] {start, end});
      }
    }
    return merged(raw);
  }

  private static List<Highlight> merged(List<int[]> raw) {
    raw.sort(Comparator.<int[]>comparingInt(s -> s[0]).thenComparingInt(s -> s[1]));
    var spans = new ArrayList<Highlight>();
    int start = -1;
    int end = -1;
    for (int[] span : raw) {
      if (start >= 0 && span[0] <= end) {
        end = Math.max(end, span[1]);
      } else {
        if (start >= 0) {
          spans.add(new Highlight(start, end));
        }
        start = span[0];
        end = span[1];
      }
    }
    if (start >= 0) {
      spans.add(new Highlight(start, end));
    }
    return spans;
  }
}
