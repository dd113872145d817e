package dev.newsgrep.attribution;

import java.util.List;

/**
 * Who is quoted in one paragraph, and in which words.
 *
 * @param speakers the distinct canonical full names of the people directly quoted in the paragraph,
 *     in order of first appearance, as {@link SpeakerAttributor#speakersByParagraph} gives them;
 *     empty where nobody is
 * @param quotes every quoted span of the paragraph that is someone's words, in order: quoted titles
 *     of shows and publications and scare quotes nobody says are left out; a quote nested in
 *     another is reported as the outer one only; a quote running on across paragraphs gives one
 *     entry in each, with the same speaker
 */
public record ParagraphAttribution(List<String> speakers, List<AttributedQuote> quotes) {

  /** A paragraph in which nobody is quoted. */
  public static final ParagraphAttribution NONE = new ParagraphAttribution(List.of(), List.of());

  /** Copies both lists. */
  public ParagraphAttribution {
    speakers = List.copyOf(speakers);
    quotes = List.copyOf(quotes);
  }
}
