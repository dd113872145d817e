package dev.newsgrep.index;

import dev.newsgrep.Article;
import dev.newsgrep.attribution.ParagraphAttribution;
import dev.newsgrep.attribution.SpeakerAttributor;
import dev.newsgrep.ingest.ArticleFileReader;
import dev.newsgrep.ingest.Boilerplate;
import dev.newsgrep.ingest.CorpusScanner;
import dev.newsgrep.ingest.SourceFile;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.Function;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.Term;
import org.apache.lucene.store.ByteBuffersDirectory;
import org.junit.jupiter.api.Test;

/**
 * What quote attribution costs at indexing time: the BBC corpus indexed on one thread into memory,
 * with and without attribution, best of five rounds after a warm-up. Not part of the normal test
 * run; run it with {@code mvn -q -B test -Dtest=AttributionCostBenchmark
 * -Dsurefire.failIfNoSpecifiedTests=false}.
 */
class AttributionCostBenchmark {
  private static final int ROUNDS = 5;

  @Test
  void attributionCostOnTheBbcCorpus() throws Exception {
    var reader = new ArticleFileReader();
    var articles = new ArrayList<Article>();
    for (SourceFile file : CorpusScanner.scan(List.of(Path.of("../shared/corpora/bbc"))).files()) {
      articles.addAll(reader.read(file).articles());
    }
    var attributor = SpeakerAttributor.loadDefault();
    Function<Article, List<ParagraphAttribution>> none =
        a ->
            a.numberedParagraphs().stream()
                .map(p -> new ParagraphAttribution(List.of(), List.of()))
                .toList();
    Function<Article, List<ParagraphAttribution>> attributed =
        a -> attributor.attribute(a.numberedParagraphs());
    run(articles, none);
    run(articles, attributed);
    double without = best(articles, none);
    double with = best(articles, attributed);
    System.out.printf(
        Locale.ROOT,
        "BBC corpus, %d articles, one thread: %.0f articles/s without attribution, %.0f with"
            + " (attribution costs %.0f%% of indexing time)%n",
        articles.size(),
        without,
        with,
        100 * (1 - with / without));
  }

  private static double best(
      List<Article> articles, Function<Article, List<ParagraphAttribution>> how) throws Exception {
    double best = 0;
    for (int round = 0; round < ROUNDS; round++) {
      best = Math.max(best, run(articles, how));
    }
    return best;
  }

  /** Articles per second indexing {@code articles} into memory. */
  private static double run(
      List<Article> articles, Function<Article, List<ParagraphAttribution>> how) throws Exception {
    var documents = new ParagraphDocuments(Boilerplate.loadDefault()::isBoilerplate);
    long start = System.nanoTime();
    try (var directory = new ByteBuffersDirectory();
        var writer = new IndexWriter(directory, new IndexWriterConfig(NewsAnalyzer.forSchema()))) {
      for (Article article : articles) {
        writer.updateDocuments(
            new Term(Fields.ARTICLE, article.id()),
            documents.build(article, how.apply(article), null));
      }
      writer.commit();
    }
    return articles.size() / ((System.nanoTime() - start) / 1e9);
  }
}
