package dev.newsgrep.index;

import dev.newsgrep.Article;
import dev.newsgrep.attribution.ParagraphAttribution;
import dev.newsgrep.attribution.SpeakerAttributor;
import dev.newsgrep.ingest.Boilerplate;
import dev.newsgrep.ingest.OutletSignatures;
import java.io.IOException;
import java.util.List;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.Term;
import org.jspecify.annotations.Nullable;

/**
 * Writes one article at a time: fills in its outlet from the signatures it prints when none was
 * given (unless the file reader already did), attributes its quotes, and replaces any earlier
 * paragraphs of the same article id. Thread-safe.
 */
public final class ArticleIndexer {
  private final IndexWriter writer;
  private final SpeakerAttributor attributor;
  private final OutletSignatures outlets;
  private final ParagraphDocuments documents;

  /** An indexer writing through {@code writer}, with the default data files. */
  public ArticleIndexer(IndexWriter writer) {
    this.writer = writer;
    this.attributor = SpeakerAttributor.loadDefault();
    this.outlets = OutletSignatures.loadDefault();
    this.documents = new ParagraphDocuments(Boilerplate.loadDefault()::isBoilerplate);
  }

  /**
   * Indexes {@code article}, filling in its outlet from the signatures it prints when none was
   * given, and replacing an earlier one with its id.
   *
   * @return the number of paragraph documents written
   */
  public int add(Article article) throws IOException {
    Article complete =
        article.outlet() == null
            ? outlets.infer(article).map(article::withOutlet).orElse(article)
            : article;
    return write(complete, null);
  }

  /**
   * Indexes an article as {@link dev.newsgrep.ingest.ArticleFileReader} read it from {@code
   * origin}, replacing an earlier one with its id. The reader has already resolved its metadata, an
   * outlet inferred from its text included, so none is inferred again.
   *
   * @return the number of paragraph documents written
   */
  public int addRead(Article article, Origin origin) throws IOException {
    return write(article, origin);
  }

  private int write(Article article, @Nullable Origin origin) throws IOException {
    List<ParagraphAttribution> attributions = attributor.attribute(article.numberedParagraphs());
    var docs = documents.build(article, attributions, origin);
    writer.updateDocuments(new Term(Fields.ARTICLE, article.id()), docs);
    return docs.size();
  }

  /** Deletes every article indexed from {@code root}. */
  public void deleteRoot(String root) throws IOException {
    writer.deleteDocuments(new Term(Fields.ROOT, root));
  }
}
