package dev.newsgrep.index;

import java.io.IOException;
import java.io.Reader;
import org.apache.lucene.analysis.charfilter.BaseCharFilter;

/**
 * Applies {@link MatchingNormalizer} inside an analysis chain, keeping token offsets exact in the
 * original text so highlights land on what the outlet printed.
 */
final class NormalizingCharFilter extends BaseCharFilter {
  private String folded;
  private int position;

  NormalizingCharFilter(Reader in) {
    super(in);
  }

  @Override
  public int read(char[] buffer, int offset, int length) throws IOException {
    if (folded == null) {
      folded = foldAll();
    }
    if (position >= folded.length()) {
      return -1;
    }
    int count = Math.min(length, folded.length() - position);
    folded.getChars(position, position + count, buffer, offset);
    position += count;
    return count;
  }

  private String foldAll() throws IOException {
    var original = new StringBuilder();
    char[] chunk = new char[8192];
    for (int n = input.read(chunk); n != -1; n = input.read(chunk)) {
      original.append(chunk, 0, n);
    }
    var out = new StringBuilder(original.length());
    int cumulativeDiff = 0;
    for (int i = 0; i < original.length(); ) {
      int codePoint = Character.codePointAt(original, i);
      int inputLength = Character.charCount(codePoint);
      String replacement = MatchingNormalizer.fold(codePoint);
      out.append(replacement);
      i += inputLength;
      if (replacement.length() != inputLength) {
        cumulativeDiff += inputLength - replacement.length();
        addOffCorrectMap(out.length(), cumulativeDiff);
      }
    }
    return out.toString();
  }
}
