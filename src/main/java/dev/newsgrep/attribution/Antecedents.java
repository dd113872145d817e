package dev.newsgrep.attribution;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * The people named so far in an article, for resolving {@code he said} and {@code the senator
 * said}. A pronoun looks first in its own paragraph, then in the one before, for the latest person
 * quoted or named as the subject of a speech verb ({@code Anne Clark said she would}), then the
 * first fitting person of the nearest sentence that names one: the sentence's subject, as a rule,
 * rather than the last name mentioned. Further back only that last rule applies. A description
 * looks first, in the same two paragraphs, for the latest person given that title ({@code Cardinal
 * X} for {@code the cardinal}), then as a pronoun does, then for that title further back.
 */
final class Antecedents {
  /** How many paragraphs back a pronoun may reach. */
  private static final int MAX_PARAGRAPHS_BACK = 4;

  /** How many mentions a lookup may inspect, so huge paragraphs stay cheap. */
  private static final int MAX_MENTIONS_SCANNED = 400;

  /** A person named (or referred to) at a character offset of a paragraph. */
  private record Mention(
      int sentence, int offset, String name, Gender gender, List<String> titles, Kind kind) {}

  /** How a person appears at a mention. */
  private enum Kind {
    NAMED,
    SPEAKS,
    QUOTED
  }

  private final List<List<Mention>> byParagraph = new ArrayList<>();

  private List<Mention> paragraph(int paragraph) {
    while (byParagraph.size() <= paragraph) {
      byParagraph.add(new ArrayList<>());
    }
    return byParagraph.get(paragraph);
  }

  /** Records that {@code name} is named, or referred to, here. */
  void mention(
      int paragraph, int sentence, int offset, String name, Gender gender, List<String> titles) {
    insert(paragraph, new Mention(sentence, offset, name, gender, List.copyOf(titles), Kind.NAMED));
  }

  /** Records that {@code name} is the subject of a speech verb here, quoted or not. */
  void speaks(int paragraph, int sentence, int offset, String name, Gender gender) {
    insert(paragraph, new Mention(sentence, offset, name, gender, List.of(), Kind.SPEAKS));
  }

  /** Records that {@code name} is quoted here. */
  void quoted(int paragraph, int sentence, int offset, String name, Gender gender) {
    insert(paragraph, new Mention(sentence, offset, name, gender, List.of(), Kind.QUOTED));
  }

  private void insert(int paragraph, Mention mention) {
    List<Mention> list = paragraph(paragraph);
    list.add(before(list, mention.offset() + 1), mention);
  }

  /**
   * The person a pronoun at this offset most likely refers to.
   *
   * @param gender the pronoun's gender, or {@link Gender#UNKNOWN} for a description
   */
  Optional<String> resolve(int paragraph, int offset, Gender gender) {
    for (int p = paragraph; p >= 0 && p >= paragraph - 1; p--) {
      List<Mention> list = paragraph(p);
      int end = before(list, p == paragraph ? offset : Integer.MAX_VALUE);
      Optional<String> found =
          latestSpeaker(list, end, gender).or(() -> bySalience(list, end, gender));
      if (found.isPresent()) {
        return found;
      }
    }
    for (int p = paragraph - 2; p >= 0 && p >= paragraph - MAX_PARAGRAPHS_BACK; p--) {
      List<Mention> list = paragraph(p);
      Optional<String> found = bySalience(list, list.size(), gender);
      if (found.isPresent()) {
        return found;
      }
    }
    return Optional.empty();
  }

  /** The latest person quoted, or named as the subject of a speech verb, before {@code end}. */
  private static Optional<String> latestSpeaker(List<Mention> list, int end, Gender gender) {
    for (int i = end - 1; i >= 0 && end - i <= MAX_MENTIONS_SCANNED; i--) {
      Mention m = list.get(i);
      if (m.kind() != Kind.NAMED && m.gender().compatibleWith(gender)) {
        return Optional.of(m.name());
      }
    }
    return Optional.empty();
  }

  /** The person a description with this role word ({@code senator}) at this offset refers to. */
  Optional<String> resolveDescription(int paragraph, int offset, String role) {
    String key = Lexicon.key(role);
    return titled(paragraph, paragraph - 1, offset, key)
        .or(() -> resolve(paragraph, offset, Gender.UNKNOWN))
        // An article names "Cardinal X" once and may call him "the cardinal" long after.
        .or(() -> titled(paragraph - 2, 0, Integer.MAX_VALUE, key));
  }

  /** The latest person given the title, from paragraph {@code from} back to {@code to}. */
  private Optional<String> titled(int from, int to, int offset, String key) {
    for (int p = from; p >= 0 && p >= to; p--) {
      List<Mention> list = paragraph(p);
      int end = before(list, p == from ? offset : Integer.MAX_VALUE);
      for (int i = end - 1; i >= 0 && end - i <= MAX_MENTIONS_SCANNED; i--) {
        if (list.get(i).titles().contains(key)) {
          return Optional.of(list.get(i).name());
        }
      }
    }
    return Optional.empty();
  }

  /** In the mentions before {@code end}, the first fitting one of the latest sentence with one. */
  private static Optional<String> bySalience(List<Mention> list, int end, Gender gender) {
    int i = end - 1;
    while (i >= 0 && end - i <= MAX_MENTIONS_SCANNED) {
      int s = list.get(i).sentence();
      int first = i;
      while (first > 0 && list.get(first - 1).sentence() == s) {
        first--;
      }
      Optional<Mention> fit =
          list.subList(first, i + 1).stream()
              .filter(m -> m.kind() == Kind.NAMED && m.gender().compatibleWith(gender))
              .min(Comparator.comparingInt(Mention::offset));
      if (fit.isPresent()) {
        return fit.map(Mention::name);
      }
      i = first - 1;
    }
    return Optional.empty();
  }

  /** How many mentions of the list lie before the offset. */
  private static int before(List<Mention> list, int offset) {
    int low = 0;
    int high = list.size();
    while (low < high) {
      int mid = (low + high) >>> 1;
      if (list.get(mid).offset() < offset) {
        low = mid + 1;
      } else {
        high = mid;
      }
    }
    return low;
  }
}
