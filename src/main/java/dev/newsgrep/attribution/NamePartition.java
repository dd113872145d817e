package dev.newsgrep.attribution;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Splits the full names of one surname into people, for {@link NameVariants}. A name that fits two
 * names which do not fit each other ({@code J. Lee} beside {@code Jane Lee} and {@code John Lee})
 * is ambiguous and stays alone; the others join every name they fit. Since a name joined to two
 * others is not ambiguous, those two fit each other too, so every person found is a set of mutually
 * fitting names.
 *
 * <p>A name is compared only with the names an index says may fit it: those whose given name is the
 * same, an initial of it, or in one of its nickname groups, and whose first middle name, if both
 * have one, begins with the same letter. A surname shared by thousands of names thus costs about as
 * much per name as one shared by two.
 */
final class NamePartition {
  private static final String NONE = "";

  private final List<ParsedName> names;
  private final List<List<String>> groupMembers;

  /** Names by given name, then by given name and middle initial ("john a", "john "). */
  private final Map<String, List<Integer>> byGiven = new HashMap<>();

  private final Map<String, List<Integer>> byGivenAndMiddle = new HashMap<>();

  /** Names by the first letter of the given name, then by that letter and middle initial. */
  private final Map<String, List<Integer>> byInitial = new HashMap<>();

  private final Map<String, List<Integer>> byInitialAndMiddle = new HashMap<>();

  /** For each name, the last lookup that collected it, so each is compared once per lookup. */
  private final int[] seen;

  private int lookup;

  private NamePartition(List<ParsedName> names, List<List<String>> groupMembers) {
    this.names = names;
    this.groupMembers = groupMembers;
    this.seen = new int[names.size()];
    Arrays.fill(seen, -1);
    for (int i = 0; i < names.size(); i++) {
      ParsedName p = names.get(i);
      String initial = p.given().substring(0, 1);
      add(byGiven, p.given(), i);
      add(byGivenAndMiddle, p.given() + " " + p.middleInitial(), i);
      add(byInitial, initial, i);
      add(byInitialAndMiddle, initial + " " + p.middleInitial(), i);
    }
  }

  /**
   * The people among {@code names}, each a list of its names in the order given.
   *
   * @param names full names of one last name, in order of preference (the first of a person is its
   *     canonical form)
   * @param groupMembers the given names of each nickname group, by the groups' numbers
   */
  static List<List<ParsedName>> people(List<ParsedName> names, List<List<String>> groupMembers) {
    return new NamePartition(names, groupMembers).people();
  }

  private List<List<ParsedName>> people() {
    int n = names.size();
    var fits = new ArrayList<int[]>(n);
    for (int i = 0; i < n; i++) {
      fits.add(neighbours(i));
    }
    boolean[] ambiguous = new boolean[n];
    for (int i = 0; i < n; i++) {
      ambiguous[i] = ambiguous(fits.get(i));
    }
    int[] person = new int[n];
    for (int i = 0; i < n; i++) {
      person[i] = i;
      if (ambiguous[i]) {
        continue;
      }
      for (int j : fits.get(i)) { // ascending, so the first is the earliest name it fits
        if (j < i && !ambiguous[j]) {
          person[i] = person[j];
          break;
        }
      }
    }
    var members = new HashMap<Integer, List<ParsedName>>();
    var people = new ArrayList<List<ParsedName>>();
    for (int i = 0; i < n; i++) {
      List<ParsedName> list = members.get(person[i]);
      if (list == null) {
        list = new ArrayList<>();
        members.put(person[i], list);
        people.add(list);
      }
      list.add(names.get(i));
    }
    people.replaceAll(Collections::unmodifiableList);
    return people;
  }

  /** The names, other than i, that fit name i, in ascending order. */
  private int[] neighbours(int i) {
    ParsedName a = names.get(i);
    var found = new ArrayList<Integer>();
    lookup++;
    collect(a, byGiven, byGivenAndMiddle, a.given(), found);
    if (a.given().length() == 1) {
      collect(a, byInitial, byInitialAndMiddle, a.given(), found); // J. fits every J-name
    } else {
      collect(a, byGiven, byGivenAndMiddle, a.given().substring(0, 1), found);
    }
    for (int g : a.groups()) {
      for (String other : groupMembers.get(g)) {
        collect(a, byGiven, byGivenAndMiddle, other, found);
      }
    }
    return found.stream()
        .mapToInt(Integer::intValue)
        .filter(j -> j != i && a.fits(names.get(j)))
        .sorted()
        .toArray();
  }

  /**
   * Adds the names under {@code key} that may fit {@code a}: all of them when {@code a} has no
   * middle name, else those with none or with one of the same initial.
   */
  private void collect(
      ParsedName a,
      Map<String, List<Integer>> all,
      Map<String, List<Integer>> byMiddle,
      String key,
      List<Integer> out) {
    if (a.middleInitial().isEmpty()) {
      addUnseen(all.get(key), out);
    } else {
      addUnseen(byMiddle.get(key + " " + NONE), out);
      addUnseen(byMiddle.get(key + " " + a.middleInitial()), out);
    }
  }

  private void addUnseen(List<Integer> candidates, List<Integer> out) {
    if (candidates == null) {
      return;
    }
    for (int j : candidates) {
      if (seen[j] != lookup) {
        seen[j] = lookup;
        out.add(j);
      }
    }
  }

  /** Whether two of the names a name fits do not fit each other. */
  private boolean ambiguous(int[] fits) {
    for (int x = 0; x < fits.length; x++) {
      for (int y = x + 1; y < fits.length; y++) {
        if (!names.get(fits[x]).fits(names.get(fits[y]))) {
          return true;
        }
      }
    }
    return false;
  }

  private static void add(Map<String, List<Integer>> index, String key, int i) {
    index.computeIfAbsent(key, k -> new ArrayList<>()).add(i);
  }
}
