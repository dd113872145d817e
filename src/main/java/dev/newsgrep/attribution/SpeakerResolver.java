package dev.newsgrep.attribution;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Decides, for one article, which candidate names are people and what each person's one canonical
 * name is: the longest full name the article gives whose last word matches ({@code Miller} and
 * {@code Mr Miller} become {@code Jane Miller}, wherever in the article the full name appears). A
 * person named only by surname keeps the surname. A given name after {@code Sir} or {@code Dame}
 * resolves by first name ({@code Sir Hugo}). Twitter handles resolve to the full name they spell
 * ({@code @JaneMillerNV}). Variants of one full name ({@code Steve} / {@code Steven Baker}, {@code
 * J. Baker}) take its fullest form, as {@link NameVariants} decides. Full names seen only at a
 * sentence's start rank below the others, as their first word may be an ordinary word ({@code Angry
 * Jones}). A peer named only by title and surname keeps the title ({@code Lord Reed}) unless the
 * article gives the full name. A name the article shows to be an organisation ({@code firm Acme
 * Data}) is no person, unless a title is given it.
 */
final class SpeakerResolver {
  private static final int MIN_HANDLE_SURNAME = 3;

  /** Full names (two words or more) by the key of their last word, longest first. */
  private final Map<String, List<List<String>>> fullNamesBySurname;

  /** Keys of single words known to name a person: a title stood before them somewhere. */
  private final Set<String> titledSurnames;

  /** Peers named by title and surname ({@code Lord Reed}), by the surname's key, in order. */
  private final Map<String, List<List<String>>> peersBySurname;

  /** Keys of whole names the article shows to be organisations ({@code firm Acme Data}). */
  private final Set<String> organisations;

  private final Map<String, Gender> genders;
  private final NameVariants variants;

  private SpeakerResolver(
      Map<String, List<List<String>>> fullNames,
      Set<String> titled,
      Map<String, List<List<String>>> peers,
      Set<String> organisations,
      NameVariants variants) {
    this.fullNamesBySurname = fullNames;
    this.titledSurnames = titled;
    this.peersBySurname = peers;
    this.organisations = organisations;
    this.genders = new HashMap<>();
    this.variants = variants;
  }

  /**
   * Builds the resolver from every candidate of the article.
   *
   * @param variants tells which full names are one person ({@code Steve} and {@code Steven Baker})
   */
  static SpeakerResolver of(List<NameCandidate> candidates, NameVariants variants) {
    var full = new LinkedHashMap<String, List<List<String>>>();
    var peers = new HashMap<String, List<List<String>>>();
    var titled = new HashSet<String>();
    var reliable = new HashSet<String>();
    var organisations = new HashSet<String>();
    for (NameCandidate c : candidates) {
      if (c.organisation()) {
        organisations.add(fullKey(c.name()));
      }
    }
    for (NameCandidate c : candidates) {
      if (c.handle() || (!c.titled() && organisations.contains(fullKey(c.name())))) {
        continue;
      }
      if (variants.isPeerForm(c.name())) {
        var names = peers.computeIfAbsent(key(c.last()), k -> new ArrayList<>());
        if (names.stream().noneMatch(n -> sameName(n, c.name()))) {
          names.add(c.name());
        }
      } else if (c.name().size() >= 2) {
        var names = full.computeIfAbsent(key(c.last()), k -> new ArrayList<>());
        if (names.stream().noneMatch(n -> sameName(n, c.name()))) {
          names.add(c.name());
        }
        if (!c.sentenceInitial()) {
          reliable.add(fullKey(c.name()));
        }
      } else if (c.titled() && !c.givenName()) {
        titled.add(key(c.last()));
      }
    }
    // Reliable first, then longest; a stable sort keeps first appearance first among equals.
    Comparator<List<String>> order =
        Comparator.comparing((List<String> n) -> !reliable.contains(fullKey(n)))
            .thenComparing(n -> -n.size());
    full.values().forEach(list -> list.sort(order));
    var resolver = new SpeakerResolver(full, titled, peers, organisations, variants);
    for (NameCandidate c : candidates) {
      if (c.gender() != Gender.UNKNOWN) {
        resolver.canonical(c).ifPresent(name -> resolver.genders.putIfAbsent(name, c.gender()));
      }
    }
    return resolver;
  }

  /** The person's canonical name, or empty when the candidate is not taken for a person. */
  Optional<String> canonical(NameCandidate c) {
    if (c.handle()) {
      return handleName(c.name().get(0));
    }
    if (c.givenName()) {
      return Optional.of(byGivenName(c.last()).orElse(c.last()));
    }
    if (!c.titled() && organisations.contains(fullKey(c.name()))) {
      return Optional.empty(); // "IT firm Acme Data" elsewhere: an organisation, not a person
    }
    List<List<String>> full = fullNamesBySurname.getOrDefault(key(c.last()), List.of());
    List<List<String>> peers = peersBySurname.getOrDefault(key(c.last()), List.of());
    if (c.name().size() == 1 || variants.isPeerForm(c.name())) {
      // A surname, or a peer's "Lord Reed", is the article's full name with that surname if it
      // gives one; else the peer's first-printed form ("Baroness Reed" for "Lady Reed").
      if (!full.isEmpty()) {
        return Optional.of(String.join(" ", full.get(0)));
      }
      Optional<String> peer =
          peers.stream()
              .filter(n -> c.name().size() == 1 || variants.samePerson(n, c.name()))
              .findFirst()
              .map(n -> String.join(" ", n));
      if (peer.isPresent() || c.name().size() > 1) {
        return Optional.of(peer.orElse(c.joined()));
      }
      return c.titled() || titledSurnames.contains(key(c.last()))
          ? Optional.of(c.last())
          : Optional.empty();
    }
    // The fullest form of the same person, unless the name fits two people ("J. Lee" beside
    // "Jane Lee" and "John Lee").
    List<List<String>> same = full.stream().filter(n -> variants.samePerson(n, c.name())).toList();
    for (List<String> a : same) {
      for (List<String> b : same) {
        if (!variants.samePerson(a, b)) {
          return Optional.of(c.joined());
        }
      }
    }
    return Optional.of(same.isEmpty() ? c.joined() : String.join(" ", same.get(0)));
  }

  /** What the article tells of the named person's gender (from {@code Mr}, {@code Ms}, ...). */
  Gender gender(String canonicalName) {
    return genders.getOrDefault(canonicalName, Gender.UNKNOWN);
  }

  private Optional<String> byGivenName(String given) {
    String k = key(given);
    return fullNamesBySurname.values().stream()
        .flatMap(List::stream)
        .filter(n -> key(n.get(0)).equals(k))
        .findFirst()
        .map(n -> String.join(" ", n));
  }

  private static String fullKey(List<String> name) {
    return String.join(" ", name.stream().map(SpeakerResolver::key).toList());
  }

  private Optional<String> handleName(String handle) {
    String h = handle.toLowerCase(Locale.ROOT);
    List<String> best = null;
    for (var names : fullNamesBySurname.values()) {
      for (List<String> name : names) {
        String surname = letters(name.get(name.size() - 1));
        if (surname.length() < MIN_HANDLE_SURNAME || !h.contains(surname)) {
          continue;
        }
        boolean firstToo = h.contains(letters(name.get(0)));
        if (best == null || (firstToo && !h.contains(letters(best.get(0))))) {
          best = name;
        }
      }
    }
    return Optional.ofNullable(best).map(n -> String.join(" ", n));
  }

  private static boolean sameName(List<String> a, List<String> b) {
    if (a.size() != b.size()) {
      return false;
    }
    for (int i = 0; i < a.size(); i++) {
      if (!key(a.get(i)).equals(key(b.get(i)))) {
        return false;
      }
    }
    return true;
  }

  private static String letters(String word) {
    return NameVariants.letters(word);
  }

  /** The form surnames are compared in: lower case, letters only, without a particle prefix. */
  static String key(String word) {
    String lower = word.toLowerCase(Locale.ROOT).replace('’', '\'');
    int dash = lower.indexOf('-');
    if (dash > 0 && dash <= 3) {
      lower = lower.substring(dash + 1); // al-Hassan and Hassan are one surname
    }
    return letters(lower);
  }
}
