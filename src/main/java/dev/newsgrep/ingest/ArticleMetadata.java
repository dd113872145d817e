package dev.newsgrep.ingest;

import org.jspecify.annotations.Nullable;

/**
 * What is known of where an article was published, from a manifest or a JSON record.
 *
 * @param outlet the publication, or {@code null} when unknown
 * @param url where the article was published, or {@code null}
 * @param date the publication date as the source gave it, or {@code null}
 */
public record ArticleMetadata(
    @Nullable String outlet, @Nullable String url, @Nullable String date) {

  /** No metadata at all. */
  public static final ArticleMetadata NONE = new ArticleMetadata(null, null, null);

  /** Blank values become {@code null}; the others are trimmed. */
  public ArticleMetadata {
    outlet = clean(outlet);
    url = clean(url);
    date = clean(date);
  }

  /** Each value of this, or where this has none, the one of {@code fallback}. */
  public ArticleMetadata orElse(ArticleMetadata fallback) {
    return new ArticleMetadata(
        outlet != null ? outlet : fallback.outlet,
        url != null ? url : fallback.url,
        date != null ? date : fallback.date);
  }

  private static @Nullable String clean(@Nullable String value) {
    if (value == null || value.isBlank()) {
      return null;
    }
    return value.strip();
  }
}
