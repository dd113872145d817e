package dev.newsgrep.bench;

import dev.newsgrep.NewsIndex;
import dev.newsgrep.SearchRequest;
import dev.newsgrep.search.NewsQueryParser;
import dev.newsgrep.search.QuoteLookup;
import java.io.IOException;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.StoredFields;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.TopDocs;
import org.apache.lucene.store.FSDirectory;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;
import org.openjdk.jmh.infra.Blackhole;

/**
 * What newsgrep's query layer costs over plain Lucene: each kind of query run through {@link
 * NewsIndex} and, on the same index, as the same Lucene query through a plain {@link IndexSearcher}
 * (top 10 by BM25, the stored fields of each hit loaded, nothing highlighted).
 *
 * <p>{@code term} and {@code phrase} are searches without highlights, {@code highlighted} the same
 * term search with highlights, {@code quote} a quote lookup; bench/run divides the plain
 * searcher's throughput by newsgrep's for each.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(value = 1, jvmArgsAppend = {"-Xmx2g", "--enable-native-access=ALL-UNNAMED"})
public class QueryOverheadBenchmark {
  /** The index to search; bench/run passes the 1 GB corpus's. */
  @Param("bench/work/index-1G")
  public String index;

  /** Which kind of query. */
  @Param({"term", "phrase", "quote", "highlighted"})
  public String kind;

  /** The words searched: a word, a phrase, and a quote as an outlet printed it. */
  @Param({"election|\"prime minister\"|we will not be able to"})
  public String words;

  private NewsIndex news;
  private FSDirectory directory;
  private DirectoryReader reader;
  private IndexSearcher plain;
  private Query query;
  private SearchRequest request;
  private String quote;

  /** Opens the index twice: through newsgrep, and as a plain Lucene reader. */
  @Setup(Level.Trial)
  public void open() throws IOException {
    String[] parts = words.split("\\|");
    Path folder = Path.of(index);
    news = NewsIndex.openReadOnly(folder);
    directory = FSDirectory.open(folder);
    reader = DirectoryReader.open(directory);
    plain = new IndexSearcher(reader);
    quote = parts[2];
    String text =
        switch (kind) {
          case "term", "highlighted" -> parts[0];
          case "phrase" -> parts[1];
          default -> null;
        };
    query = text == null ? QuoteLookup.query(quote) : NewsQueryParser.parse(text);
    request = text == null ? null : SearchRequest.of(text).withHighlights(kind.equals("highlighted"));
  }

  /** Closes both. */
  @TearDown(Level.Trial)
  public void close() throws IOException {
    news.close();
    reader.close();
    directory.close();
  }

  /** The query through newsgrep's library. */
  @Benchmark
  public Object newsgrep() {
    return request == null ? news.quote(quote, 10) : news.search(request);
  }

  /** The same Lucene query through a plain IndexSearcher, loading each hit's stored fields. */
  @Benchmark
  public void lucene(Blackhole hole) throws IOException {
    TopDocs top = plain.search(query, 10);
    StoredFields stored = plain.storedFields();
    for (ScoreDoc hit : top.scoreDocs) {
      hole.consume(stored.document(hit.doc));
    }
    hole.consume(top.totalHits);
  }
}
