package dev.newsgrep.attribution;

import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Tells which printed forms of a name are one person, across many articles: {@code Steve Baker} and
 * {@code Steven Baker} (equivalent given names, from {@code nicknames.tsv}), {@code Chris Ward} and
 * {@code Christopher Ward} (a given name that is a prefix of at least four letters of the other),
 * {@code J. Ward} and {@code Jane Ward} (an initial), {@code George Ward} and {@code George W.
 * Ward} (an added middle name), and a bare surname {@code Okafor} for the one full name it can
 * stand for. A form that fits two people who are not one ({@code J. Ward} beside {@code Jane Ward}
 * and {@code John Ward}) is left alone. Immutable and thread-safe.
 *
 * <pre>{@code
 * NameVariants.loadDefault().canonicalNames(Map.of(
 *     "Steven Baker", 4L, "Steve Baker", 9L, "Baker", 2L, "Ann Lee", 1L));
 * // {Steven Baker=Steve Baker, Steve Baker=Steve Baker, Baker=Steve Baker,
 * //  Ann Lee=Ann Lee}
 * }</pre>
 */
public final class NameVariants {
  /** The shortest given name that counts as a short form of a longer one it begins. */
  private static final int MIN_PREFIX = 4;

  /** The share of a surname's paragraphs one person needs for the bare surname to be theirs. */
  private static final double DOMINANT_SHARE = 0.9;

  /** For each given name (lower case), the numbers of the nickname groups holding it. */
  private final Map<String, Set<Integer>> nicknameGroups;

  private final Lexicon lexicon;
  private final Set<String> suffixes;

  private NameVariants(
      Map<String, Set<Integer>> nicknameGroups, Lexicon lexicon, Set<String> suffixes) {
    this.nicknameGroups = nicknameGroups;
    this.lexicon = lexicon;
    this.suffixes = suffixes;
  }

  /**
   * The variants known from the lists shipped under {@code dev/newsgrep/} (nicknames, titles, name
   * suffixes), read once.
   *
   * @throws IllegalStateException if a list is missing from the class path
   */
  public static NameVariants loadDefault() {
    var groups = new HashMap<String, Set<Integer>>();
    List<String[]> rows = WordListReader.rows("nicknames.tsv");
    for (int g = 0; g < rows.size(); g++) {
      for (String name : rows.get(g)) {
        groups.computeIfAbsent(letters(name), k -> new HashSet<>()).add(g);
      }
    }
    var suffixes = new HashSet<String>();
    WordListReader.words("name-suffixes.txt").forEach(w -> suffixes.add(letters(w)));
    return new NameVariants(Map.copyOf(groups), Lexicon.load(), Set.copyOf(suffixes));
  }

  /**
   * Maps every name to the canonical form of the person it names.
   *
   * <p>Full names with the same last name and equivalent given and middle names are one person; a
   * surname-only name ({@code Smith}) goes to the one person whose last name it is when that person
   * is unambiguous: the only one, or one with at least 90% of the paragraphs of them all. The
   * canonical form is the person's most frequent full-name variant; ties go to the longer, then to
   * the alphabetically first. Leading honorifics ({@code Mr}, {@code Sen.}) are ignored in
   * comparing.
   *
   * @param paragraphCounts each name, and the number of paragraphs quoting it over a whole corpus
   * @return for every name of {@code paragraphCounts}, its canonical form; names not merged map to
   *     themselves
   */
  public Map<String, String> canonicalNames(Map<String, Long> paragraphCounts) {
    var parsed = new ArrayList<Parsed>();
    var result = new HashMap<String, String>();
    for (var entry : paragraphCounts.entrySet()) {
      result.put(entry.getKey(), entry.getKey());
      Parsed p = parse(entry.getKey(), entry.getValue());
      if (p != null) {
        parsed.add(p);
      }
    }
    // Deterministic whatever the map's order: most frequent, then longest, then alphabetical.
    parsed.sort(
        Comparator.comparingLong((Parsed p) -> -p.count())
            .thenComparingInt(p -> -p.original().length())
            .thenComparing(Parsed::original));
    var bySurname = new HashMap<String, List<Parsed>>();
    parsed.forEach(p -> bySurname.computeIfAbsent(p.last(), k -> new ArrayList<>()).add(p));
    for (List<Parsed> group : bySurname.values()) {
      List<Parsed> full = group.stream().filter(p -> p.words().size() >= 2).toList();
      List<List<Parsed>> people = people(full);
      for (List<Parsed> person : people) {
        String canonical = person.get(0).original(); // sorted: most frequent, then longest
        person.forEach(p -> result.put(p.original(), canonical));
      }
      long total = 0;
      List<Parsed> top = null;
      long topCount = -1;
      for (List<Parsed> person : people) {
        long count = person.stream().mapToLong(Parsed::count).sum();
        total += count;
        if (count > topCount) {
          top = person;
          topCount = count;
        }
      }
      if (top != null && topCount >= DOMINANT_SHARE * total) {
        String canonical = top.get(0).original();
        group.stream()
            .filter(p -> p.words().size() == 1)
            .forEach(p -> result.put(p.original(), canonical));
      }
    }
    return result;
  }

  /**
   * Whether two full names (given name first, titles stripped) can name one person: the same last
   * name, equivalent given names, and middle names that agree or are missing from one of them.
   */
  boolean samePerson(List<String> a, List<String> b) {
    Parsed pa = parseWords(String.join(" ", a), 0, a);
    Parsed pb = parseWords(String.join(" ", b), 0, b);
    return pa != null
        && pb != null
        && pa.words().size() >= 2
        && pb.words().size() >= 2
        && pa.last().equals(pb.last())
        && compatible(pa, pb);
  }

  /** A name's words without leading titles and trailing suffixes, keyed for comparison. */
  private record Parsed(String original, long count, List<String> words, String last) {}

  private Parsed parse(String name, long count) {
    return parseWords(name, count, List.of(name.strip().split("\\s+")));
  }

  private Parsed parseWords(String original, long count, List<String> raw) {
    var words = new ArrayList<String>();
    for (String w : raw) {
      String k = letters(w);
      if (!k.isEmpty()) {
        words.add(w);
      }
    }
    while (words.size() > 1 && lexicon.isNameTitle(words.get(0))) {
      words.remove(0);
    }
    while (words.size() > 1 && suffixes.contains(letters(words.get(words.size() - 1)))) {
      words.remove(words.size() - 1);
    }
    if (words.isEmpty()) {
      return null;
    }
    String last = SpeakerResolver.key(words.get(words.size() - 1));
    return last.isEmpty() ? null : new Parsed(original, count, List.copyOf(words), last);
  }

  /**
   * Splits full names of one surname into people. A name that fits two names which do not fit each
   * other is ambiguous and stays alone; the others join every name they fit. Since a name joined to
   * two others is not ambiguous, those two fit each other too, so every person found is a set of
   * mutually fitting names.
   */
  private List<List<Parsed>> people(List<Parsed> names) {
    int n = names.size();
    boolean[][] fits = new boolean[n][n];
    for (int i = 0; i < n; i++) {
      for (int j = i + 1; j < n; j++) {
        fits[i][j] = fits[j][i] = compatible(names.get(i), names.get(j));
      }
    }
    boolean[] ambiguous = new boolean[n];
    for (int i = 0; i < n; i++) {
      for (int j = 0; j < n && !ambiguous[i]; j++) {
        for (int k = j + 1; k < n && fits[i][j]; k++) {
          if (fits[i][k] && !fits[j][k]) {
            ambiguous[i] = true;
            break;
          }
        }
      }
    }
    int[] person = new int[n];
    for (int i = 0; i < n; i++) {
      person[i] = i;
      for (int j = 0; j < i; j++) {
        if (fits[i][j] && !ambiguous[i] && !ambiguous[j]) {
          person[i] = person[j];
          break;
        }
      }
    }
    var people = new ArrayList<List<Parsed>>();
    for (int i = 0; i < n; i++) {
      if (person[i] == i) {
        var members = new ArrayList<Parsed>();
        for (int j = i; j < n; j++) {
          if (person[j] == i) {
            members.add(names.get(j));
          }
        }
        people.add(Collections.unmodifiableList(members));
      }
    }
    return people;
  }

  private boolean compatible(Parsed a, Parsed b) {
    List<String> wa = a.words();
    List<String> wb = b.words();
    if (!sameGivenName(wa.get(0), wb.get(0))) {
      return false;
    }
    List<String> ma = wa.subList(1, wa.size() - 1);
    List<String> mb = wb.subList(1, wb.size() - 1);
    if (ma.isEmpty() || mb.isEmpty()) {
      return true;
    }
    if (ma.size() != mb.size()) {
      return false;
    }
    for (int i = 0; i < ma.size(); i++) {
      if (!sameOrInitial(letters(ma.get(i)), letters(mb.get(i)))) {
        return false;
      }
    }
    return true;
  }

  /** Equal, an initial of the other, a listed equivalent, or a long enough prefix of the other. */
  private boolean sameGivenName(String a, String b) {
    String x = letters(a);
    String y = letters(b);
    if (sameOrInitial(x, y)) {
      return true;
    }
    Set<Integer> gx = nicknameGroups.getOrDefault(x, Set.of());
    Set<Integer> gy = nicknameGroups.getOrDefault(y, Set.of());
    if (gx.stream().anyMatch(gy::contains)) {
      return true;
    }
    String shorter = x.length() <= y.length() ? x : y;
    String longer = shorter == x ? y : x;
    return shorter.length() >= MIN_PREFIX && longer.startsWith(shorter);
  }

  private static boolean sameOrInitial(String x, String y) {
    if (x.equals(y)) {
      return true;
    }
    return (x.length() == 1 && y.startsWith(x)) || (y.length() == 1 && x.startsWith(y));
  }

  private static String letters(String word) {
    return word.toLowerCase(Locale.ROOT).replaceAll("[^\\p{L}\\p{Nd}]", "");
  }
}
