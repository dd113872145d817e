package dev.newsgrep.attribution;

import java.util.ArrayList;
import java.util.List;

/**
 * A paragraph cut into tokens and sentences.
 *
 * @param text the paragraph as printed
 * @param tokens its tokens in order; each quoted span is one token
 * @param sentence for each token, the number of its sentence in the paragraph, from 0; never
 *     decreasing
 * @param quotes the paragraph's quoted spans, titles included, in order
 */
record ParagraphTokens(String text, List<Token> tokens, int[] sentence, List<QuoteSpan> quotes) {

  int size() {
    return tokens.size();
  }

  Token get(int i) {
    return tokens.get(i);
  }

  /** Indices of the quote tokens (titles left out), in order. */
  List<Integer> quoteTokens() {
    var indices = new ArrayList<Integer>();
    for (int i = 0; i < tokens.size(); i++) {
      if (tokens.get(i).kind() == Token.Kind.QUOTE) {
        indices.add(i);
      }
    }
    return indices;
  }

  /** Index of the first token of the sentence holding token {@code i}. */
  int sentenceStart(int i) {
    int low = 0;
    int high = i;
    while (low < high) {
      int mid = (low + high) >>> 1;
      if (sentence[mid] < sentence[i]) {
        low = mid + 1;
      } else {
        high = mid;
      }
    }
    return low;
  }

  /** Index just past the last token of the sentence holding token {@code i}. */
  int sentenceEnd(int i) {
    int low = i;
    int high = sentence.length;
    while (low < high) {
      int mid = (low + high) >>> 1;
      if (sentence[mid] <= sentence[i]) {
        low = mid + 1;
      } else {
        high = mid;
      }
    }
    return low;
  }

  /** Whether the text between tokens {@code i} and {@code i + 1} holds a line break. */
  boolean lineBreakAfter(int i) {
    if (i + 1 >= tokens.size()) {
      return true;
    }
    return text.substring(tokens.get(i).end(), tokens.get(i + 1).start()).indexOf('\n') >= 0;
  }
}
