package dev.newsgrep.search;

import dev.newsgrep.Paragraph;
import dev.newsgrep.index.Fields;
import dev.newsgrep.index.StoredParagraphs;
import java.io.IOException;
import java.util.function.Consumer;
import org.apache.lucene.document.KeywordField;
import org.apache.lucene.search.FieldDoc;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.Sort;
import org.apache.lucene.search.SortField;
import org.apache.lucene.search.SortedNumericSortField;
import org.apache.lucene.search.SortedSetSelector;
import org.apache.lucene.search.TopDocs;

/**
 * Reads every paragraph a query matches in reading order (article id, then paragraph number), a
 * page at a time, so exporting a large index never holds it all in memory.
 */
public final class ParagraphScan {
  private static final int PAGE = 1_000;

  /** Article id, then paragraph number. */
  static final Sort READING_ORDER =
      new Sort(
          KeywordField.newSortField(Fields.ARTICLE, false, SortedSetSelector.Type.MIN),
          new SortedNumericSortField(Fields.PARAGRAPH, SortField.Type.INT));

  private ParagraphScan() {}

  /** Hands each paragraph matching {@code query} to {@code action}, in reading order. */
  public static void forEach(IndexSearcher searcher, Query query, Consumer<Paragraph> action)
      throws IOException {
    var storedFields = searcher.storedFields();
    var speakers = SpeakerDirectory.of(searcher.getIndexReader());
    FieldDoc after = null;
    while (true) {
      TopDocs page =
          after == null
              ? searcher.search(query, PAGE, READING_ORDER)
              : searcher.searchAfter(after, query, PAGE, READING_ORDER);
      for (ScoreDoc doc : page.scoreDocs) {
        action.accept(speakers.canonicalize(StoredParagraphs.read(storedFields.document(doc.doc))));
      }
      if (page.scoreDocs.length < PAGE) {
        return;
      }
      after = (FieldDoc) page.scoreDocs[page.scoreDocs.length - 1];
    }
  }
}
