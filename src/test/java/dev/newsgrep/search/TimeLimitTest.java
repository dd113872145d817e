package dev.newsgrep.search;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.newsgrep.Article;
import dev.newsgrep.NewsgrepException;
import dev.newsgrep.SearchRequest;
import dev.newsgrep.attribution.ParagraphAttribution;
import dev.newsgrep.index.NewsAnalyzer;
import dev.newsgrep.index.ParagraphDocuments;
import java.time.Duration;
import java.util.List;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.store.ByteBuffersDirectory;
import org.junit.jupiter.api.Test;

class TimeLimitTest {
  private static IndexSearcher searcherOverArticles(ByteBuffersDirectory directory)
      throws Exception {
    var documents = new ParagraphDocuments(text -> false);
    try (var writer = new IndexWriter(directory, new IndexWriterConfig(NewsAnalyzer.forSchema()))) {
      for (int i = 0; i < 50; i++) {
        var article = Article.of("a" + i, "Headline " + i, List.of("common words " + i));
        var none =
            article.numberedParagraphs().stream()
                .map(p -> new ParagraphAttribution(List.of(), List.of()))
                .toList();
        writer.addDocuments(documents.build(article, none, null));
      }
    }
    return new IndexSearcher(DirectoryReader.open(directory));
  }

  @Test
  void searchOverItsTimeLimitFailsRatherThanReturningPartialResults() throws Exception {
    try (var directory = new ByteBuffersDirectory()) {
      IndexSearcher searcher = searcherOverArticles(directory);
      var error =
          assertThrows(
              NewsgrepException.class,
              () ->
                  new ParagraphSearcher(searcher, Duration.ZERO)
                      .search(SearchRequest.of("common")));
      assertTrue(error.getMessage().startsWith("query stopped after"), error.getMessage());
      assertEquals(
          50,
          new ParagraphSearcher(searcher, Duration.ofSeconds(10))
              .search(SearchRequest.of("common").withLimit(100))
              .hits()
              .size());
    }
  }
}
