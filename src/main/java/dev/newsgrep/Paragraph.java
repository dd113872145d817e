package dev.newsgrep;

import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * One indexed paragraph, as stored: the unit newsgrep searches and returns.
 *
 * @param article the id of the article it belongs to
 * @param number its position in the article: 0 is the headline, body paragraphs count from 1
 * @param title the article's headline
 * @param outlet the publication, or {@code null} when unknown
 * @param speakers full names of the people directly quoted in this paragraph, possibly empty
 * @param text the paragraph exactly as the outlet printed it
 * @param quotes the quoted stretches of {@code text}, in order, each with its speaker
 * @param url the article's address, or {@code null}
 * @param date the article's date as its source gave it, or {@code null}
 */
public record Paragraph(
    String article,
    int number,
    String title,
    @Nullable String outlet,
    List<String> speakers,
    String text,
    List<Quote> quotes,
    @Nullable String url,
    @Nullable String date) {

  /** Copies the lists. */
  public Paragraph {
    speakers = List.copyOf(speakers);
    quotes = List.copyOf(quotes);
  }
}
