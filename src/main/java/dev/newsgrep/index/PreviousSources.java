package dev.newsgrep.index;

import java.io.IOException;
import java.util.Optional;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.TopDocs;

/**
 * The files the articles already in an index were read from, as the index was when a run began: so
 * a run can tell when an article id it writes was taken by another file.
 */
public final class PreviousSources {
  private final IndexSearcher before;

  /** The sources as {@code before} sees them. */
  public PreviousSources(IndexSearcher before) {
    this.before = before;
  }

  /** The file the article {@code id} came from, if it is in the index and was read from a file. */
  Optional<String> of(String id) throws IOException {
    TopDocs found = before.search(new TermQuery(new Term(Fields.ARTICLE, id)), 1);
    if (found.scoreDocs.length == 0) {
      return Optional.empty();
    }
    return Optional.ofNullable(
        before.storedFields().document(found.scoreDocs[0].doc).get(Fields.SOURCE));
  }
}
