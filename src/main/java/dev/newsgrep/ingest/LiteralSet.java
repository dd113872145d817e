package dev.newsgrep.ingest;

import java.util.ArrayList;
import java.util.BitSet;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;

/**
 * A fixed set of literal strings, all of them looked for in a text in one pass over it: {@link
 * OutletSignatures} skips the regular expressions of an outlet whose names a paragraph does not
 * hold, and asking {@link String#contains} for each of some hundred names in every paragraph would
 * cost more than the matching it saves. Case-sensitive. Immutable and thread-safe.
 */
final class LiteralSet {
  private static final int[] NONE = {};

  private final List<String> literals;

  /** Ids of the literals by their first character: ASCII in an array, the rest in a map. */
  private final int[][] byAsciiStart = new int[128][];

  private final Map<Character, int[]> byOtherStart = new HashMap<>();

  /** The distinct non-empty strings of {@code literals}, numbered in their order from 0. */
  LiteralSet(Collection<String> literals) {
    var distinct = new LinkedHashSet<String>();
    literals.stream().filter(s -> !s.isEmpty()).forEach(distinct::add);
    this.literals = List.copyOf(distinct);
    var byStart = new HashMap<Character, List<Integer>>();
    for (int id = 0; id < this.literals.size(); id++) {
      byStart.computeIfAbsent(this.literals.get(id).charAt(0), c -> new ArrayList<>()).add(id);
    }
    byStart.forEach(
        (c, ids) -> {
          int[] array = ids.stream().mapToInt(Integer::intValue).toArray();
          if (c < byAsciiStart.length) {
            byAsciiStart[c] = array;
          } else {
            byOtherStart.put(c, array);
          }
        });
  }

  /** The id of {@code literal}, which must be one of the set's. */
  int id(String literal) {
    int id = literals.indexOf(literal);
    if (id < 0) {
      throw new IllegalArgumentException("not in the set: " + literal);
    }
    return id;
  }

  /** The ids of the literals that occur in {@code text}. */
  BitSet foundIn(String text) {
    var found = new BitSet(literals.size());
    for (int i = 0; i < text.length(); i++) {
      for (int id : startingWith(text.charAt(i))) {
        if (text.startsWith(literals.get(id), i)) {
          found.set(id);
        }
      }
    }
    return found;
  }

  private int[] startingWith(char c) {
    int[] ids = c < byAsciiStart.length ? byAsciiStart[c] : byOtherStart.get(c);
    return ids == null ? NONE : ids;
  }
}
