package dev.newsgrep.attribution;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Tells which printed forms of a name are one person, across many articles: {@code Steve Baker} and
 * {@code Steven Baker} (given names listed together in {@code nicknames.tsv}), {@code J. Ward} and
 * {@code Jane Ward} (an initial), {@code George Ward} and {@code George W. Ward} (an added middle
 * name), and a bare surname {@code Okafor} for the one full name that clearly dominates it. Given
 * names that merely begin alike ({@code Paul} and {@code Paula}) are different people, and so are
 * names that differ in a suffix ({@code Ward} and {@code Ward Jr.}) or a peer's title ({@code Lord
 * Ward} is not {@code Tom Ward}). A form that fits two people who are not one ({@code J. Ward}
 * beside {@code Jane Ward} and {@code John Ward}) is left alone. Immutable and thread-safe.
 *
 * <pre>{@code
 * NameVariants.loadDefault().canonicalNames(Map.of(
 *     "Steven Baker", 4L, "Steve Baker", 9L, "Baker", 2L, "Ann Lee", 1L));
 * // {Steven Baker=Steve Baker, Steve Baker=Steve Baker, Baker=Steve Baker,
 * //  Ann Lee=Ann Lee}
 * }</pre>
 */
public final class NameVariants {
  /** The share of a surname's full-name paragraphs one person needs for the bare surname. */
  private static final double DOMINANT_SHARE = 0.9;

  /** How many times the bare surname's paragraphs that person needs, so evidence is not thin. */
  private static final int DOMINANT_RATIO = 2;

  /** For each given name (letters, lower case), the nickname groups holding it. */
  private final Map<String, int[]> nicknameGroups;

  /** The given names of each nickname group. */
  private final List<List<String>> groupMembers;

  private final Lexicon lexicon;
  private final Set<String> suffixes;

  private NameVariants(
      Map<String, int[]> nicknameGroups,
      List<List<String>> groupMembers,
      Lexicon lexicon,
      Set<String> suffixes) {
    this.nicknameGroups = nicknameGroups;
    this.groupMembers = groupMembers;
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
    var members = new ArrayList<List<String>>();
    List<String[]> rows = WordListReader.rows("nicknames.tsv");
    for (int g = 0; g < rows.size(); g++) {
      var names = new ArrayList<String>();
      for (String name : rows.get(g)) {
        String k = letters(name);
        names.add(k);
        groups.computeIfAbsent(k, x -> new HashSet<>()).add(g);
      }
      members.add(List.copyOf(names));
    }
    var byName = new HashMap<String, int[]>();
    groups.forEach(
        (name, ids) ->
            byName.put(name, ids.stream().mapToInt(Integer::intValue).sorted().toArray()));
    var suffixes = new HashSet<String>();
    WordListReader.words("name-suffixes.txt").forEach(w -> suffixes.add(letters(w)));
    return new NameVariants(
        Map.copyOf(byName), List.copyOf(members), Lexicon.load(), Set.copyOf(suffixes));
  }

  /**
   * Maps every name to the canonical form of the person it names.
   *
   * <p>Full names with the same last name, the same suffix ({@code Jr.}) and equivalent given and
   * middle names are one person. A surname-only name ({@code Smith}) goes to the person whose last
   * name it is only when that person clearly dominates: at least twice the bare surname's
   * paragraphs, and 90% of the paragraphs of all full names with that last name (all of them, when
   * there is one person). The canonical form is the person's most frequent full-name variant; ties
   * go to the longer, then to the alphabetically first. Leading honorifics ({@code Mr}, {@code
   * Sen.}) are ignored in comparing; a peer's title before a surname ({@code Lord Reed}) is part of
   * the name. Runs in time near-linear in the number of names.
   *
   * @param paragraphCounts each name, and the number of paragraphs quoting it over a whole corpus
   * @return for every name of {@code paragraphCounts}, its canonical form; names not merged map to
   *     themselves
   */
  public Map<String, String> canonicalNames(Map<String, Long> paragraphCounts) {
    var parsed = new ArrayList<ParsedName>();
    var result = new HashMap<String, String>();
    for (var entry : paragraphCounts.entrySet()) {
      result.put(entry.getKey(), entry.getKey());
      ParsedName p = parse(entry.getKey(), entry.getValue());
      if (p != null) {
        parsed.add(p);
      }
    }
    // Deterministic whatever the map's order: most frequent, then longest, then alphabetical.
    parsed.sort(
        Comparator.comparingLong((ParsedName p) -> -p.count())
            .thenComparingInt(p -> -p.original().length())
            .thenComparing(ParsedName::original));
    var bySurname = new HashMap<String, List<ParsedName>>();
    parsed.forEach(p -> bySurname.computeIfAbsent(p.last(), k -> new ArrayList<>()).add(p));
    for (List<ParsedName> group : bySurname.values()) {
      List<ParsedName> full = group.stream().filter(ParsedName::full).toList();
      List<List<ParsedName>> people = NamePartition.people(full, groupMembers);
      long total = 0;
      List<ParsedName> top = null;
      long topCount = -1;
      for (List<ParsedName> person : people) {
        String canonical = person.get(0).original(); // sorted: most frequent, then longest
        person.forEach(p -> result.put(p.original(), canonical));
        long count = person.stream().mapToLong(ParsedName::count).sum();
        total += count;
        if (count > topCount) {
          top = person;
          topCount = count;
        }
      }
      if (top == null || topCount < DOMINANT_SHARE * total) {
        continue;
      }
      String canonical = top.get(0).original();
      for (ParsedName bare : group) {
        if (!bare.full() && topCount >= DOMINANT_RATIO * bare.count()) {
          result.put(bare.original(), canonical);
        }
      }
    }
    return result;
  }

  /**
   * Whether two full names (given name first, titles stripped) can name one person: the same last
   * name and suffix, equivalent given names, and middle names that agree or are missing from one of
   * them.
   */
  boolean samePerson(List<String> a, List<String> b) {
    ParsedName pa = parseWords(String.join(" ", a), 0, a);
    ParsedName pb = parseWords(String.join(" ", b), 0, b);
    return pa != null
        && pb != null
        && pa.full()
        && pb.full()
        && pa.last().equals(pb.last())
        && pa.fits(pb);
  }

  /** Whether the name is a peer's title and surname ({@code Lord Reed}), known by the title. */
  boolean isPeerForm(List<String> name) {
    return name.size() == 2 && lexicon.isPeerTitle(name.get(0));
  }

  private ParsedName parse(String name, long count) {
    return parseWords(name, count, words(name));
  }

  private ParsedName parseWords(String original, long count, List<String> raw) {
    var words = new ArrayList<String>();
    for (String w : raw) {
      if (!letters(w).isEmpty()) {
        words.add(w);
      }
    }
    String suffix = "";
    while (words.size() > 1 && suffixes.contains(letters(words.get(words.size() - 1)))) {
      suffix = letters(words.remove(words.size() - 1)) + (suffix.isEmpty() ? "" : " " + suffix);
    }
    boolean peer = false;
    while (words.size() > 1 && lexicon.isNameTitle(words.get(0))) {
      if (words.size() == 2 && lexicon.isPeerTitle(words.get(0))) {
        peer = true; // "Lord Reed" is known by the title: it stays part of the name
        break;
      }
      words.remove(0);
    }
    if (words.isEmpty()) {
      return null;
    }
    String last = SpeakerResolver.key(words.get(words.size() - 1));
    if (last.isEmpty()) {
      return null;
    }
    // Peers compare by the title's gender: "Baroness Reed" is "Lady Reed", not "Lord Reed".
    String given =
        peer
            ? "peer " + lexicon.title(words.get(0)).orElseThrow().gender()
            : words.size() >= 2 ? letters(words.get(0)) : "";
    var middles = new ArrayList<String>();
    for (int i = 1; i < words.size() - 1; i++) {
      middles.add(letters(words.get(i)));
    }
    int[] groups = peer ? new int[0] : nicknameGroups.getOrDefault(given, new int[0]);
    return new ParsedName(original, count, given, List.copyOf(middles), last, suffix, peer, groups);
  }

  private static List<String> words(String name) {
    var words = new ArrayList<String>();
    int start = -1;
    for (int i = 0; i <= name.length(); i++) {
      boolean space = i == name.length() || Character.isWhitespace(name.charAt(i));
      if (space && start >= 0) {
        words.add(name.substring(start, i));
        start = -1;
      } else if (!space && start < 0) {
        start = i;
      }
    }
    return words;
  }

  /** The word's letters and digits, lower case: {@code "J."} gives {@code "j"}. */
  static String letters(String word) {
    var sb = new StringBuilder(word.length());
    for (int i = 0; i < word.length(); ) {
      int c = word.codePointAt(i);
      if (Character.isLetter(c) || Character.getType(c) == Character.DECIMAL_DIGIT_NUMBER) {
        sb.appendCodePoint(c);
      }
      i += Character.charCount(c);
    }
    return sb.toString().toLowerCase(Locale.ROOT);
  }
}
