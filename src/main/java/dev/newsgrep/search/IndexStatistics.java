package dev.newsgrep.index;

import dev.newsgrep.IndexStats;
import java.io.IOException;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;
import org.apache.lucene.index.DocValues;
import org.apache.lucene.index.LeafReader;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.SortedSetDocValues;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.util.Bits;

/** Counts articles, paragraphs, outlets and speakers from the doc values of live documents. */
public final class IndexStatistics {
  private IndexStatistics() {}

  /** The counts over everything {@code searcher} sees. */
  public static IndexStats of(IndexSearcher searcher) throws IOException {
    Set<String> articles = new HashSet<>();
    Map<String, Long> outlets = new HashMap<>();
    Map<String, Long> speakers = new HashMap<>();
    long paragraphs = 0;
    for (LeafReaderContext leaf : searcher.getIndexReader().leaves()) {
      LeafReader reader = leaf.reader();
      Bits live = reader.getLiveDocs();
      SortedSetDocValues articleValues = DocValues.getSortedSet(reader, Fields.ARTICLE);
      SortedSetDocValues outletValues = DocValues.getSortedSet(reader, Fields.OUTLET_EXACT);
      SortedSetDocValues speakerValues = DocValues.getSortedSet(reader, Fields.SPEAKER_EXACT);
      for (int doc = 0; doc < reader.maxDoc(); doc++) {
        if (live != null && !live.get(doc)) {
          continue;
        }
        paragraphs++;
        collect(articleValues, doc, value -> articles.add(value));
        collect(outletValues, doc, value -> outlets.merge(value, 1L, Long::sum));
        collect(speakerValues, doc, value -> speakers.merge(value, 1L, Long::sum));
      }
    }
    return new IndexStats(
        articles.size(), paragraphs, largestFirst(outlets), largestFirst(speakers));
  }

  private static void collect(SortedSetDocValues values, int doc, Consumer<String> sink)
      throws IOException {
    if (!values.advanceExact(doc)) {
      return;
    }
    for (int i = 0; i < values.docValueCount(); i++) {
      sink.accept(values.lookupOrd(values.nextOrd()).utf8ToString());
    }
  }

  private static Map<String, Long> largestFirst(Map<String, Long> counts) {
    var ordered = new LinkedHashMap<String, Long>();
    counts.entrySet().stream()
        .sorted(
            Map.Entry.<String, Long>comparingByValue(Comparator.reverseOrder())
                .thenComparing(Map.Entry.comparingByKey()))
        .forEach(e -> ordered.put(e.getKey(), e.getValue()));
    return ordered;
  }
}
