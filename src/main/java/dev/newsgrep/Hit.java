package dev.newsgrep;

import java.util.List;

/**
 * One search result: a paragraph, its BM25 score, and where the query matched in its text and
 * headline.
 *
 * @param paragraph the matching paragraph
 * @param score its relevance score; higher is better, comparable only within one search
 * @param highlights matched spans of {@link Paragraph#text()}, in order, not overlapping
 * @param titleHighlights matched spans of {@link Paragraph#title()}, in order, not overlapping
 */
public record Hit(
    Paragraph paragraph, float score, List<Highlight> highlights, List<Highlight> titleHighlights) {

  /** Copies the span lists. */
  public Hit {
    highlights = List.copyOf(highlights);
    titleHighlights = List.copyOf(titleHighlights);
  }
}
