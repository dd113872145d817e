package dev.newsgrep.search;

import dev.newsgrep.IndexStats;
import dev.newsgrep.Speaker;
import dev.newsgrep.index.Fields;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;
import org.apache.lucene.index.DocValues;
import org.apache.lucene.index.LeafReader;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.SortedSetDocValues;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.util.Bits;

/**
 * Counts articles, paragraphs, outlets and speakers (under their canonical names) from the doc
 * values of live documents, in one pass.
 */
public final class IndexStatistics {
  private final Set<String> articles = new HashSet<>();
  private final Map<String, Long> outlets = new HashMap<>();
  private final Map<String, Tally> speakers = new HashMap<>();
  private long paragraphs;

  private IndexStatistics() {}

  /** Per-speaker counts while scanning. */
  private static final class Tally {
    long paragraphs;
    final Set<String> articles = new HashSet<>();
    final Map<String, Long> outlets = new HashMap<>();
  }

  /** The counts over everything {@code searcher} sees. */
  public static IndexStats stats(IndexSearcher searcher) throws IOException {
    IndexStatistics counts = scan(searcher);
    var speakerCounts = new HashMap<String, Long>();
    counts.speakers.forEach((name, tally) -> speakerCounts.put(name, tally.paragraphs));
    return new IndexStats(
        counts.articles.size(),
        counts.paragraphs,
        largestFirst(counts.outlets),
        largestFirst(speakerCounts));
  }

  /** Every quoted person, most quoted first. */
  public static List<Speaker> speakers(IndexSearcher searcher) throws IOException {
    IndexStatistics counts = scan(searcher);
    SpeakerDirectory directory = SpeakerDirectory.of(searcher.getIndexReader());
    var speakers = new ArrayList<Speaker>();
    counts.speakers.forEach(
        (name, tally) -> {
          var variants = new LinkedHashSet<String>();
          variants.add(name);
          directory.variants(name).stream().sorted().forEach(variants::add);
          speakers.add(
              new Speaker(
                  name,
                  List.copyOf(variants),
                  tally.paragraphs,
                  tally.articles.size(),
                  List.copyOf(largestFirst(tally.outlets).keySet())));
        });
    speakers.sort(
        Comparator.comparingLong(Speaker::paragraphs).reversed().thenComparing(Speaker::name));
    return speakers;
  }

  private static IndexStatistics scan(IndexSearcher searcher) throws IOException {
    var counts = new IndexStatistics();
    SpeakerDirectory directory = SpeakerDirectory.of(searcher.getIndexReader());
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
        counts.paragraphs++;
        var article = new ArrayList<String>(1);
        var outlet = new ArrayList<String>(1);
        var names = new LinkedHashSet<String>();
        collect(articleValues, doc, article::add);
        collect(outletValues, doc, outlet::add);
        collect(speakerValues, doc, name -> names.add(directory.canonical(name)));
        counts.articles.addAll(article);
        outlet.forEach(o -> counts.outlets.merge(o, 1L, Long::sum));
        for (String name : names) {
          Tally tally = counts.speakers.computeIfAbsent(name, n -> new Tally());
          tally.paragraphs++;
          tally.articles.addAll(article);
          outlet.forEach(o -> tally.outlets.merge(o, 1L, Long::sum));
        }
      }
    }
    return counts;
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
