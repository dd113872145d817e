package dev.newsgrep.attribution;

import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * The general knowledge attribution relies on, read once from the word lists: speech verbs,
 * honorifics and titles, pronouns, words that mark organisations and places, and so on. Immutable,
 * so one instance serves all threads.
 */
final class Lexicon {
  /** An age used as a description: {@code 45-year-old}. */
  private static final Pattern AGE = Pattern.compile("\\d+-year-old");

  /** One honorific, title or role word from {@code titles.tsv}. */
  record TitleWord(
      Gender gender, boolean beforeName, boolean role, boolean givenName, boolean peer) {}

  /** One pronoun from {@code pronouns.tsv}. */
  record Pronoun(boolean firstPerson, Gender gender) {}

  private final Set<String> speechVerbs;
  private final Map<String, String> speechPhrases;
  private final Map<String, TitleWord> titles;
  private final Map<String, Pronoun> pronouns;
  private final Set<String> nonPersonLeading;
  private final Set<String> nonPersonAnywhere;
  private final Set<String> commonWords;
  private final Set<String> titleCues;
  private final Set<String> verbModifiers;
  private final Set<String> subordinators;
  private final Set<String> listenerVerbs;
  private final Set<String> organisationCues;

  private Lexicon(
      Set<String> speechVerbs,
      Map<String, String> speechPhrases,
      Map<String, TitleWord> titles,
      Map<String, Pronoun> pronouns,
      Set<String> nonPersonLeading,
      Set<String> nonPersonAnywhere,
      Set<String> commonWords,
      Set<String> titleCues,
      Set<String> verbModifiers,
      Set<String> subordinators,
      Set<String> listenerVerbs,
      Set<String> organisationCues) {
    this.speechVerbs = speechVerbs;
    this.speechPhrases = speechPhrases;
    this.titles = titles;
    this.pronouns = pronouns;
    this.nonPersonLeading = nonPersonLeading;
    this.nonPersonAnywhere = nonPersonAnywhere;
    this.commonWords = commonWords;
    this.titleCues = titleCues;
    this.verbModifiers = verbModifiers;
    this.subordinators = subordinators;
    this.listenerVerbs = listenerVerbs;
    this.organisationCues = organisationCues;
  }

  /** Reads every list from the class path. */
  static Lexicon load() {
    var verbs = new HashSet<String>();
    var phrases = new HashMap<String, String>();
    for (String verb : WordListReader.words("speech-verbs.txt")) {
      String lower = lower(verb);
      int space = lower.indexOf(' ');
      if (space < 0) {
        verbs.add(lower);
      } else {
        phrases.put(lower.substring(0, space), lower.substring(space + 1).strip());
      }
    }
    var titles = new HashMap<String, TitleWord>();
    for (String[] row : WordListReader.rows("titles.tsv")) {
      String use = row.length > 2 ? row[2] : "name";
      titles.put(
          key(row[0]),
          new TitleWord(
              Gender.fromCode(row.length > 1 ? row[1] : "-"),
              !use.equals("role"),
              use.equals("role") || use.equals("both"),
              use.equals("given"),
              use.equals("peer")));
    }
    var pronouns = new HashMap<String, Pronoun>();
    for (String[] row : WordListReader.rows("pronouns.tsv")) {
      pronouns.put(
          lower(row[0]),
          new Pronoun(
              row.length > 1 && row[1].equals("1"),
              Gender.fromCode(row.length > 2 ? row[2] : "-")));
    }
    var leading = new HashSet<String>();
    var anywhere = new HashSet<String>();
    for (String[] row : WordListReader.rows("non-person-words.tsv")) {
      boolean everywhere = row.length > 1 && row[1].equals("anywhere");
      (everywhere ? anywhere : leading).add(key(row[0]));
    }
    return new Lexicon(
        Set.copyOf(verbs),
        Map.copyOf(phrases),
        Map.copyOf(titles),
        Map.copyOf(pronouns),
        Set.copyOf(leading),
        Set.copyOf(anywhere),
        lowerSet(WordListReader.words("common-words.txt")),
        lowerSet(WordListReader.words("title-cues.txt")),
        lowerSet(WordListReader.words("verb-modifiers.txt")),
        lowerSet(WordListReader.words("subordinators.txt")),
        lowerSet(WordListReader.words("listener-verbs.txt")),
        lowerSet(WordListReader.words("organisation-cues.txt")));
  }

  private static Set<String> lowerSet(List<String> words) {
    var set = new HashSet<String>();
    words.forEach(w -> set.add(lower(w)));
    return Set.copyOf(set);
  }

  static String lower(String word) {
    return word.toLowerCase(Locale.ROOT);
  }

  /** The form words are looked up by: lower case, without a trailing full stop. */
  static String key(String word) {
    String lower = lower(word);
    return lower.endsWith(".") ? lower.substring(0, lower.length() - 1) : lower;
  }

  /** Whether the word is a one-word speech verb form ({@code said}, {@code tweeting}). */
  boolean isSpeechVerb(String word) {
    return speechVerbs.contains(lower(word));
  }

  /** Whether the speech verb's object is its listener, not its speaker ({@code told}). */
  boolean isListenerVerb(String word) {
    return listenerVerbs.contains(lower(word));
  }

  /**
   * Whether the word, right before a capitalized run, shows the run names an organisation ({@code
   * firm}, {@code newspaper}).
   */
  boolean isOrganisationCue(String word) {
    return organisationCues.contains(lower(word));
  }

  /**
   * For the first word of a speech phrase whose speaker follows it ({@code according to}), the word
   * that must come next; empty otherwise.
   */
  Optional<String> speechPhraseRest(String word) {
    return Optional.ofNullable(speechPhrases.get(lower(word)));
  }

  /** Whether a speech verb form is a participle, whose subject is the sentence's subject. */
  static boolean isParticiple(String verb) {
    return lower(verb).endsWith("ing");
  }

  /** The title a word is; a hyphenated one counts by its last part ({@code Vice-President}). */
  Optional<TitleWord> title(String word) {
    return Optional.ofNullable(titleOrNull(word));
  }

  /** {@link #title} for the hot lookups below, without an {@code Optional} per call. */
  private @Nullable TitleWord titleOrNull(String word) {
    String k = key(word);
    TitleWord t = titles.get(k);
    int dash = k.lastIndexOf('-');
    if (t == null && dash > 0) {
      t = titles.get(k.substring(dash + 1));
    }
    return t;
  }

  /** Whether the word may stand before a name as a title to strip ({@code Sen.}, {@code Mr}). */
  boolean isNameTitle(String word) {
    TitleWord t = titleOrNull(word);
    return t != null && t.beforeName();
  }

  /**
   * Whether the word is a peer's title, which stays part of the name before a lone surname ({@code
   * Lord Reed}).
   */
  boolean isPeerTitle(String word) {
    TitleWord t = titleOrNull(word);
    return t != null && t.peer();
  }

  /** Whether the word can head a description of a person ({@code the senator}). */
  boolean isRole(String word) {
    TitleWord t = titleOrNull(word);
    return (t != null && t.role()) || isAge(word);
  }

  /** Whether the word is an age ({@code 45-year-old}); only a word opening with a digit can be. */
  private static boolean isAge(String word) {
    return !word.isEmpty()
        && word.charAt(0) >= '0'
        && word.charAt(0) <= '9'
        && AGE.matcher(lower(word)).matches();
  }

  Optional<Pronoun> pronoun(String word) {
    return Optional.ofNullable(pronouns.get(lower(word)));
  }

  /** Whether the word, at the start of a capitalized run, is not part of a name. */
  boolean isNonPersonLeading(String word) {
    String k = key(word);
    return nonPersonLeading.contains(k) || nonPersonAnywhere.contains(k);
  }

  /** Whether the word, anywhere in a capitalized run, marks an organisation or place. */
  boolean isNonPersonAnywhere(String word) {
    return nonPersonAnywhere.contains(key(word));
  }

  boolean isCommonWord(String word) {
    return commonWords.contains(lower(word));
  }

  boolean isTitleCue(String word) {
    return titleCues.contains(lower(word));
  }

  /** Whether the word opens a subordinate clause ({@code when}, {@code that}, {@code who}). */
  boolean isSubordinator(String word) {
    return subordinators.contains(lower(word));
  }

  /** Whether the word may stand between a subject and its speech verb ({@code later}). */
  boolean isVerbModifier(String word) {
    String lower = lower(word);
    return verbModifiers.contains(lower)
        || (lower.length() > 3 && lower.endsWith("ly") && lower.equals(word));
  }
}
