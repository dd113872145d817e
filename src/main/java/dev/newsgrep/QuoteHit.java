package dev.newsgrep;

/**
 * One outlet's wording of a looked-up quote.
 *
 * @param paragraph the paragraph carrying it
 * @param score how well it matched; higher is better, comparable within one lookup
 * @param quote the whole quoted stretch the phrase was found in, with its speaker
 * @param match the part of the paragraph's text that matched the phrase
 */
public record QuoteHit(Paragraph paragraph, float score, Quote quote, Highlight match) {}
