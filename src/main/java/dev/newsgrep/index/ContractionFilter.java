package dev.newsgrep.index;

import java.io.IOException;
import java.util.ArrayDeque;
import java.util.List;
import java.util.Optional;
import org.apache.lucene.analysis.TokenFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.PositionIncrementAttribute;
import org.apache.lucene.util.AttributeSource;
import org.jspecify.annotations.Nullable;

/**
 * Expands contractions into their words, one position each, all with the contraction's offsets:
 * {@code I've} becomes {@code i have}, so a phrase typed either way matches text printed either
 * way. Expects lower-case tokens with straight apostrophes.
 */
final class ContractionFilter extends TokenFilter {
  private final Contractions contractions = Contractions.loadDefault();
  private final CharTermAttribute term = addAttribute(CharTermAttribute.class);
  private final PositionIncrementAttribute position =
      addAttribute(PositionIncrementAttribute.class);
  private final ArrayDeque<String> pending = new ArrayDeque<>();
  private AttributeSource.@Nullable State state;

  ContractionFilter(TokenStream input) {
    super(input);
  }

  @Override
  public boolean incrementToken() throws IOException {
    if (!pending.isEmpty()) {
      restoreState(state);
      term.setEmpty().append(pending.poll());
      position.setPositionIncrement(1);
      return true;
    }
    if (!input.incrementToken()) {
      return false;
    }
    if (term.length() < 3 || indexOf(term, '\'') < 0 && !endsWith(term, "not")) {
      return true;
    }
    Optional<List<String>> words = contractions.expand(term.toString());
    if (words.isEmpty()) {
      return true;
    }
    List<String> expansion = words.get();
    state = captureState();
    term.setEmpty().append(expansion.get(0));
    pending.addAll(expansion.subList(1, expansion.size()));
    return true;
  }

  @Override
  public void reset() throws IOException {
    super.reset();
    pending.clear();
    state = null;
  }

  private static int indexOf(CharTermAttribute term, char wanted) {
    for (int i = 0; i < term.length(); i++) {
      if (term.charAt(i) == wanted) {
        return i;
      }
    }
    return -1;
  }

  private static boolean endsWith(CharTermAttribute term, String ending) {
    int offset = term.length() - ending.length();
    if (offset < 0) {
      return false;
    }
    for (int i = 0; i < ending.length(); i++) {
      if (term.charAt(offset + i) != ending.charAt(i)) {
        return false;
      }
    }
    return true;
  }
}
