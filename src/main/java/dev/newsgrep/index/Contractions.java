package dev.newsgrep.index;

import dev.newsgrep.ingest.DataFile;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The expansions of English contractions ({@code i've} to {@code i have}, {@code won't} to {@code
 * will not}), read from {@code contractions.tsv}: whole words, then suffix rules.
 */
final class Contractions {
  private static final Contractions DEFAULT = load();

  private final Map<String, List<String>> words;
  private final List<Map.Entry<String, String>> suffixes;

  private Contractions(Map<String, List<String>> words, List<Map.Entry<String, String>> suffixes) {
    this.words = Map.copyOf(words);
    this.suffixes = List.copyOf(suffixes);
  }

  static Contractions loadDefault() {
    return DEFAULT;
  }

  private static Contractions load() {
    var words = new HashMap<String, List<String>>();
    var suffixes = new ArrayList<Map.Entry<String, String>>();
    for (DataFile.Row row : DataFile.load("contractions.tsv")) {
      String word = row.cell(0).strip();
      String expansion = row.cell(1).strip();
      if (word.isEmpty() || expansion.isEmpty()) {
        throw row.error("expected: word<TAB>expansion");
      }
      if (word.startsWith("*")) {
        suffixes.add(Map.entry(word.substring(1), expansion));
      } else {
        words.put(word, List.of(expansion.split(" ")));
      }
    }
    return new Contractions(words, suffixes);
  }

  /** The words a lower-case token stands for, or empty if it is no contraction. */
  Optional<List<String>> expand(String token) {
    List<String> whole = words.get(token);
    if (whole != null) {
      return Optional.of(whole);
    }
    for (Map.Entry<String, String> suffix : suffixes) {
      String ending = suffix.getKey();
      if (token.length() > ending.length() && token.endsWith(ending)) {
        var expansion = new ArrayList<String>();
        expansion.add(token.substring(0, token.length() - ending.length()));
        expansion.addAll(List.of(suffix.getValue().split(" ")));
        return Optional.of(expansion);
      }
    }
    return Optional.empty();
  }
}
