package dev.newsgrep;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * One news article as read from a file: a headline and its body paragraphs, with what is known of
 * where it was published.
 *
 * <p>Paragraph numbering is fixed across the library: the headline is paragraph 0 and the body
 * paragraphs are 1..n, so {@code paragraphs().get(0)} is paragraph 1.
 *
 * @param id the article's id: its file name without extension, or its path relative to the indexed
 *     folder where names clash, or the {@code id} of a JSON Lines record
 * @param title the headline; may be empty where the source has none
 * @param paragraphs the body paragraphs in order, each trimmed and non-empty, as the outlet printed
 *     them
 * @param outlet the publication, or {@code null} when unknown
 * @param url where the article was published, or {@code null}
 * @param date the publication date as the source gave it, or {@code null}
 */
public record Article(
    String id,
    String title,
    List<String> paragraphs,
    @Nullable String outlet,
    @Nullable String url,
    @Nullable String date) {

  /** Checks the components and copies the paragraph list. */
  public Article {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(title, "title");
    paragraphs = List.copyOf(paragraphs);
    if (id.isBlank()) {
      throw new IllegalArgumentException("article id is blank");
    }
  }

  /** An article with no known outlet, url or date. */
  public static Article of(String id, String title, List<String> paragraphs) {
    return new Article(id, title, paragraphs, null, null, null);
  }

  /** This article with its outlet set (or cleared with {@code null}). */
  public Article withOutlet(@Nullable String newOutlet) {
    return new Article(id, title, paragraphs, newOutlet, url, date);
  }

  /**
   * The headline followed by the body paragraphs: index {@code i} is paragraph number {@code i}.
   */
  public List<String> numberedParagraphs() {
    var all = new ArrayList<String>(paragraphs.size() + 1);
    all.add(title);
    all.addAll(paragraphs);
    return all;
  }
}
