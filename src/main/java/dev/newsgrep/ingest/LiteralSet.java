package dev.newsgrep.ingest;

import java.util.ArrayList;
import java.util.Arrays;
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
  private static final long EMPTY = -1;

  private final List<String> literals;

  /**
   * Ids of the literals of two or more characters by their first two, in an open-addressing table
   * keyed by the pair: one probe per position of the text, where checking every literal with the
   * same first character would cost one comparison per outlet domain at nearly every letter.
   */
  private final long[] pairKeys;

  private final int[][] pairIds;
  private final int pairMask;

  /** Ids of the one-character literals by that character. */
  private final Map<Character, int[]> singles = new HashMap<>();

  /** The distinct non-empty strings of {@code literals}, numbered in their order from 0. */
  LiteralSet(Collection<String> literals) {
    var distinct = new LinkedHashSet<String>();
    literals.stream().filter(s -> !s.isEmpty()).forEach(distinct::add);
    this.literals = List.copyOf(distinct);
    var byPair = new HashMap<Long, List<Integer>>();
    var bySingle = new HashMap<Character, List<Integer>>();
    for (int id = 0; id < this.literals.size(); id++) {
      String literal = this.literals.get(id);
      if (literal.length() == 1) {
        bySingle.computeIfAbsent(literal.charAt(0), c -> new ArrayList<>()).add(id);
      } else {
        byPair
            .computeIfAbsent(pair(literal.charAt(0), literal.charAt(1)), p -> new ArrayList<>())
            .add(id);
      }
    }
    bySingle.forEach((c, ids) -> singles.put(c, toArray(ids)));
    int size = Integer.highestOneBit(Math.max(1, byPair.size()) * 4);
    this.pairKeys = new long[size];
    this.pairIds = new int[size][];
    this.pairMask = size - 1;
    Arrays.fill(pairKeys, EMPTY);
    byPair.forEach(
        (key, ids) -> {
          int slot = slot(key);
          while (pairKeys[slot] != EMPTY) {
            slot = (slot + 1) & pairMask;
          }
          pairKeys[slot] = key;
          pairIds[slot] = toArray(ids);
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
    int last = text.length() - 1;
    for (int i = 0; i < last; i++) {
      for (int id : startingWith(text.charAt(i), text.charAt(i + 1))) {
        if (text.startsWith(literals.get(id), i)) {
          found.set(id);
        }
      }
    }
    if (!singles.isEmpty()) {
      for (int i = 0; i <= last; i++) {
        int[] ids = singles.get(text.charAt(i));
        if (ids != null) {
          for (int id : ids) {
            found.set(id);
          }
        }
      }
    }
    return found;
  }

  private int[] startingWith(char first, char second) {
    long key = pair(first, second);
    for (int slot = slot(key); pairKeys[slot] != EMPTY; slot = (slot + 1) & pairMask) {
      if (pairKeys[slot] == key) {
        return pairIds[slot];
      }
    }
    return NONE;
  }

  private int slot(long key) {
    return (int) ((key * 0x9E3779B97F4A7C15L) >>> 40) & pairMask;
  }

  private static long pair(char first, char second) {
    return ((long) first << 16) | second;
  }

  private static int[] toArray(List<Integer> ids) {
    return ids.stream().mapToInt(Integer::intValue).toArray();
  }
}
