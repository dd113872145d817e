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
    for (int start = 0; start < original.length(); ) {
      if (MatchingNormalizer.foldsToItself(original, start)) {
        out.append(original.charAt(start++));
        continue;
      }
      int end = MatchingNormalizer.unitEnd(original, start);
      String replacement = MatchingNormalizer.foldUnit(original, start, end);
      int outStart = out.length();
      out.append(replacement);
      int inputLength = end - start;
      if (replacement.length() > inputLength) {
        // An expansion (U+2105 to "c/o"): offsets inside it map to the original character's start,
        // so no token can end before it starts.
        for (int i = 1; i < replacement.length(); i++) {
          addOffCorrectMap(outStart + i, start - (outStart + i));
        }
      }
      if (replacement.length() != inputLength) {
        addOffCorrectMap(out.length(), end - out.length());
      }
      start = end;
    }
    return out.toString();
  }
}
