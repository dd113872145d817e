package dev.newsgrep.attribution;

import java.util.List;

/**
 * A printed name's comparison keys, computed once, for {@link NameVariants}.
 *
 * @param original the name as printed
 * @param count the number of paragraphs quoting it
 * @param given the given name as lower-case letters ({@code "j"} for {@code J.}); for a peer's
 *     {@code Lord Reed}, the title's gender; empty for a bare surname
 * @param middles the middle names as lower-case letters
 * @param last the last name's key ({@link SpeakerResolver#key})
 * @param suffix the suffixes as lower-case letters ({@code "jr"}), or empty
 * @param peer whether the name is a peer's title and surname
 * @param groups the nickname groups holding the given name
 */
record ParsedName(
    String original,
    long count,
    String given,
    List<String> middles,
    String last,
    String suffix,
    boolean peer,
    int[] groups) {

  ParsedName {
    middles = List.copyOf(middles);
  }

  /** Whether the name has a given name (or a peer's title), not a bare surname. */
  boolean full() {
    return !given.isEmpty();
  }

  /** The first letter of the first middle name, or empty when there is none. */
  String middleInitial() {
    return middles.isEmpty() ? "" : middles.get(0).substring(0, 1);
  }

  /**
   * Whether this full name and {@code other}, of the same last name, can name one person: the same
   * suffix, equivalent given names (equal, an initial, or listed together in a nickname group), and
   * middle names that agree or are missing from one of them. Peers fit only peers of the same
   * style.
   */
  boolean fits(ParsedName other) {
    if (!suffix.equals(other.suffix) || peer != other.peer) {
      return false;
    }
    if (peer) {
      return given.equals(other.given);
    }
    if (!sameGivenName(other)) {
      return false;
    }
    if (middles.isEmpty() || other.middles.isEmpty()) {
      return true;
    }
    if (middles.size() != other.middles.size()) {
      return false;
    }
    for (int i = 0; i < middles.size(); i++) {
      if (!sameOrInitial(middles.get(i), other.middles.get(i))) {
        return false;
      }
    }
    return true;
  }

  private boolean sameGivenName(ParsedName other) {
    if (sameOrInitial(given, other.given)) {
      return true;
    }
    for (int g : groups) {
      for (int h : other.groups) {
        if (g == h) {
          return true;
        }
      }
    }
    return false;
  }

  private static boolean sameOrInitial(String x, String y) {
    if (x.equals(y)) {
      return true;
    }
    return (x.length() == 1 && y.startsWith(x)) || (y.length() == 1 && x.startsWith(y));
  }
}
