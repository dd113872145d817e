package dev.newsgrep.index;

import dev.newsgrep.Paragraph;
import java.util.Arrays;
import org.apache.lucene.document.Document;
import org.apache.lucene.index.IndexableField;
import org.jspecify.annotations.Nullable;

/** Reads a {@link Paragraph} back from the stored fields of its document. */
public final class StoredParagraphs {
  private StoredParagraphs() {}

  /** The paragraph a stored document holds. */
  public static Paragraph read(Document doc) {
    return new Paragraph(
        doc.get(Fields.ARTICLE),
        doc.getField(Fields.PARAGRAPH).numericValue().intValue(),
        orEmpty(doc.get(Fields.TITLE)),
        doc.get(Fields.OUTLET),
        Arrays.stream(doc.getFields(Fields.SPEAKER)).map(IndexableField::stringValue).toList(),
        orEmpty(doc.get(Fields.TEXT)),
        Arrays.stream(doc.getFields(Fields.QUOTE_SPANS))
            .map(field -> StoredQuotes.decode(field.stringValue()))
            .toList(),
        doc.get(Fields.URL),
        doc.get(Fields.DATE));
  }

  private static String orEmpty(@Nullable String value) {
    return value == null ? "" : value;
  }
}
