package dev.newsgrep.search;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Random;
import org.apache.lucene.analysis.standard.StandardAnalyzer;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.FloatDocValuesField;
import org.apache.lucene.document.TextField;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.NoMergePolicy;
import org.apache.lucene.index.NumericDocValues;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.PhraseQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.TopDocs;
import org.apache.lucene.search.TopScoreDocCollectorManager;
import org.apache.lucene.store.ByteBuffersDirectory;
import org.apache.lucene.store.Directory;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The weighted query's top hits are exactly those of scoring every match and weighting it, though
 * Lucene skips most matches: checked on an index of many segments and many equal scores (the same
 * paragraphs repeated, as reprints are), with a share of the paragraphs weighted down.
 */
class DownWeightedQueryTest {
  private static final String FIELD = "text";
  private static final String WEIGHT = "weight";
  private static final String[] WORDS = {
    "election",
    "minister",
    "budget",
    "vote",
    "said",
    "labour",
    "tax",
    "the",
    "a",
    "plan",
    "rates",
    "bank"
  };

  private static Directory directory;
  private static DirectoryReader reader;

  @BeforeAll
  static void index() throws IOException {
    directory = new ByteBuffersDirectory();
    var random = new Random(42);
    var paragraphs = new ArrayList<String>();
    for (int i = 0; i < 300; i++) {
      var words = new StringBuilder();
      for (int w = 0, n = 3 + random.nextInt(30); w < n; w++) {
        words.append(WORDS[random.nextInt(WORDS.length)]).append(' ');
      }
      paragraphs.add(words.toString());
    }
    var config =
        new IndexWriterConfig(new StandardAnalyzer())
            .setMaxBufferedDocs(700)
            .setMergePolicy(NoMergePolicy.INSTANCE);
    try (var writer = new IndexWriter(directory, config)) {
      for (int copy = 0; copy < 20; copy++) {
        for (String text : paragraphs) {
          var doc = new Document();
          doc.add(new TextField(FIELD, text, Field.Store.NO));
          if (random.nextInt(5) == 0) {
            doc.add(new FloatDocValuesField(WEIGHT, 0.2f));
          }
          writer.addDocument(doc);
        }
      }
    }
    reader = DirectoryReader.open(directory);
    assertTrue(reader.leaves().size() > 3, "several segments");
  }

  @AfterAll
  static void close() throws IOException {
    reader.close();
    directory.close();
  }

  @ParameterizedTest
  @ValueSource(strings = {"election", "the", "election budget", "\"tax rates\"", "vote OR bank"})
  void topHitsAreThoseOfWeightingEveryMatch(String words) throws IOException {
    Query inner = parse(words);
    var searcher = new IndexSearcher(reader);
    for (int limit : new int[] {1, 10, 50}) {
      TopDocs fast =
          searcher.search(
              new DownWeightedQuery(inner, WEIGHT), new TopScoreDocCollectorManager(limit, 10));
      List<ScoreDoc> expected = exhaustive(searcher, inner, limit);
      assertEquals(expected.size(), fast.scoreDocs.length, words);
      for (int i = 0; i < expected.size(); i++) {
        assertEquals(expected.get(i).doc, fast.scoreDocs[i].doc, words + " hit " + i);
        assertEquals(expected.get(i).score, fast.scoreDocs[i].score, 1e-6f, words + " hit " + i);
      }
    }
  }

  @ParameterizedTest
  @ValueSource(strings = {"election", "the", "\"tax rates\""})
  void asAClauseOfAnotherQueryItsScoresAreStillWeighted(String words) throws IOException {
    Query inner = parse(words);
    Query filter = new TermQuery(new Term(FIELD, "said"));
    var searcher = new IndexSearcher(reader);
    Query combined =
        new BooleanQuery.Builder()
            .add(new DownWeightedQuery(inner, WEIGHT), BooleanClause.Occur.MUST)
            .add(filter, BooleanClause.Occur.FILTER)
            .build();
    TopDocs fast = searcher.search(combined, new TopScoreDocCollectorManager(10, 10));
    Query unweighted =
        new BooleanQuery.Builder()
            .add(inner, BooleanClause.Occur.MUST)
            .add(filter, BooleanClause.Occur.FILTER)
            .build();
    List<ScoreDoc> expected = exhaustive(searcher, unweighted, 10);
    assertEquals(expected.size(), fast.scoreDocs.length, words);
    for (int i = 0; i < expected.size(); i++) {
      assertEquals(expected.get(i).doc, fast.scoreDocs[i].doc, words + " hit " + i);
      assertEquals(expected.get(i).score, fast.scoreDocs[i].score, 1e-6f, words + " hit " + i);
    }
  }

  @ParameterizedTest
  @ValueSource(strings = {"election", "\"tax rates\""})
  void explainGivesTheWeightedScore(String words) throws IOException {
    var searcher = new IndexSearcher(reader);
    Query weighted = new DownWeightedQuery(parse(words), WEIGHT);
    for (ScoreDoc hit : searcher.search(weighted, 20).scoreDocs) {
      assertEquals(hit.score, searcher.explain(weighted, hit.doc).getValue().floatValue(), 1e-6f);
    }
  }

  /** Every match scored, weighted, and sorted best first, equal scores in index order. */
  private static List<ScoreDoc> exhaustive(IndexSearcher searcher, Query inner, int limit)
      throws IOException {
    int all = reader.maxDoc();
    var weighted = new ArrayList<ScoreDoc>();
    for (ScoreDoc hit :
        searcher.search(inner, new TopScoreDocCollectorManager(all, all)).scoreDocs) {
      weighted.add(new ScoreDoc(hit.doc, hit.score * weightOf(hit.doc)));
    }
    weighted.sort(
        Comparator.comparingDouble((ScoreDoc hit) -> -hit.score).thenComparingInt(hit -> hit.doc));
    return weighted.subList(0, Math.min(limit, weighted.size()));
  }

  private static float weightOf(int doc) throws IOException {
    for (LeafReaderContext leaf : reader.leaves()) {
      int local = doc - leaf.docBase;
      if (local >= 0 && local < leaf.reader().maxDoc()) {
        NumericDocValues weights = leaf.reader().getNumericDocValues(WEIGHT);
        return weights != null && weights.advanceExact(local)
            ? Float.intBitsToFloat((int) weights.longValue())
            : 1f;
      }
    }
    throw new AssertionError("no segment holds " + doc);
  }

  private static Query parse(String words) {
    if (words.startsWith("\"")) {
      String[] terms = words.replace("\"", "").split(" ");
      return new PhraseQuery(FIELD, terms);
    }
    var occur = words.contains(" OR ") ? BooleanClause.Occur.SHOULD : BooleanClause.Occur.MUST;
    var builder = new BooleanQuery.Builder();
    for (String word : words.replace(" OR ", " ").split(" ")) {
      builder.add(new TermQuery(new Term(FIELD, word)), occur);
    }
    return builder.build();
  }
}
