package dev.newsgrep.cli;

import dev.newsgrep.index.MatchingNormalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A word-level comparison of one outlet's wording of a quote with another's: which of its words the
 * other lacks, and which of the other's words it lacks. Case, curly or straight marks and
 * punctuation are not differences; {@code I've} against {@code I have} is.
 */
final class WordDiff {
  /** A word: letters and digits, with apostrophes inside; hyphens and dashes separate words. */
  private static final Pattern WORD = Pattern.compile("[\\p{L}\\p{N}]+(?:['’][\\p{L}\\p{N}]+)*");

  /** A word of a text and where it stands. */
  record Word(String surface, String key, int start, int end) {}

  /** How a word of the variant relates to the reference. */
  enum Kind {
    SAME,
    ADDED,
    REMOVED
  }

  /** One step of the comparison: a variant word (SAME, ADDED) or a reference word (REMOVED). */
  record Step(Kind kind, Word word) {}

  private WordDiff() {}

  static List<Word> words(String text) {
    var words = new ArrayList<Word>();
    Matcher m = WORD.matcher(text);
    while (m.find()) {
      String key = MatchingNormalizer.normalize(m.group()).toLowerCase(Locale.ROOT);
      words.add(new Word(m.group(), key, m.start(), m.end()));
    }
    return words;
  }

  /** The key of a wording: its words folded, for finding the most common wording. */
  static String key(String text) {
    return String.join(" ", words(text).stream().map(Word::key).toList());
  }

  /** The steps from {@code reference} to {@code variant}, in the variant's order. */
  static List<Step> compare(String reference, String variant) {
    List<Word> a = words(reference);
    List<Word> b = words(variant);
    int[][] common = new int[a.size() + 1][b.size() + 1];
    for (int i = a.size() - 1; i >= 0; i--) {
      for (int j = b.size() - 1; j >= 0; j--) {
        common[i][j] =
            a.get(i).key().equals(b.get(j).key())
                ? common[i + 1][j + 1] + 1
                : Math.max(common[i + 1][j], common[i][j + 1]);
      }
    }
    var steps = new ArrayList<Step>();
    int i = 0;
    int j = 0;
    while (i < a.size() || j < b.size()) {
      if (i < a.size() && j < b.size() && a.get(i).key().equals(b.get(j).key())) {
        steps.add(new Step(Kind.SAME, b.get(j++)));
        i++;
      } else if (i < a.size() && (j == b.size() || common[i + 1][j] >= common[i][j + 1])) {
        steps.add(new Step(Kind.REMOVED, a.get(i++)));
      } else {
        steps.add(new Step(Kind.ADDED, b.get(j++)));
      }
    }
    return steps;
  }
}
