package dev.newsgrep.attribution;

import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Reads who is speaking around a speech verb in one paragraph: the person named right before it
 * ({@code Miller said}), after it ({@code said Mr Hughes}), across an apposition ({@code Paul
 * Grant, the committee's chairman, said}), a pronoun ({@code he said}) or a description ({@code the
 * senator said}), resolved through {@link Antecedents}.
 */
final class SubjectFinder {
  private static final Pattern SPACES = Pattern.compile("\\s+");

  /** How far, in tokens, an apposition may reach back. */
  private static final int MAX_APPOSITION = 30;

  private static final int MAX_COMMAS = 3;
  private static final int MAX_DESCRIPTION = 8;
  private static final Set<String> COORDINATORS = Set.of("and", "but", "or", "to");
  private static final Set<String> BE =
      Set.of("is", "was", "are", "were", "be", "been", "being", "am", "'s");
  private static final Set<String> ARTICLES = Set.of("a", "an", "the", "no");
  private static final Set<String> DETERMINERS = Set.of("the", "his", "her", "their", "its");

  /** Words that open a noun phrase a quoted term may finish: {@code calls it an "outrage"}. */
  private static final Set<String> NOUN_PHRASE_OPENERS =
      Set.of("a", "an", "the", "his", "her", "their", "its", "our", "such");

  private final int paragraph;
  private final TaggedParagraph tags;
  private final ParagraphTokens p;
  private final Lexicon lexicon;
  private final Antecedents antecedents;

  SubjectFinder(int paragraph, TaggedParagraph tags, Lexicon lexicon, Antecedents antecedents) {
    this.paragraph = paragraph;
    this.tags = tags;
    this.p = tags.tokens();
    this.lexicon = lexicon;
    this.antecedents = antecedents;
  }

  /** The speaker named right after a verb: {@code said Mr Hughes}, {@code said he}. */
  Attribution after(int i) {
    if (!inRange(i)) {
      return Attribution.NONE;
    }
    Optional<Attribution> person = personStartingAt(i);
    if (person.isPresent()) {
      return person.get();
    }
    for (int j = i; j - i < MAX_DESCRIPTION && inRange(j + 1) && leadsToName(p.get(j)); j++) {
      Optional<Attribution> introduced = personStartingAt(j + 1);
      if (introduced.isPresent()) {
        return introduced.get(); // said the firm's chief executive Joe Park
      }
    }
    Optional<Attribution> pronoun = pronounAt(i);
    if (pronoun.isPresent()) {
      return pronoun.get();
    }
    Token t = p.get(i);
    if (t.isWord() && (DETERMINERS.contains(Lexicon.lower(t.text())) || NameFinder.isNameWord(t))) {
      int j = i + 1;
      while (inRange(j) && j - i <= MAX_DESCRIPTION && p.get(j).isWord() && !tags.isVerb(j)) {
        j++;
      }
      if (!describes(i, j)) {
        return Attribution.UNNAMED;
      }
      Optional<String> named = namedInApposition(j);
      return named.isPresent() ? Attribution.person(named.get()) : describedPerson(i, j);
    }
    return Attribution.NONE;
  }

  /**
   * The subject of the finite verb at v, looking back no further than {@code floor}: a person, a
   * pronoun, an apposition, a description; {@code UNNAMED} when the subject is something else.
   */
  Attribution before(int v, int floor) {
    int k = tags.skipModifiersBack(v - 1, floor);
    if (k < floor) {
      return after(tags.afterVerb(v)); // "Said Mr Smith: ..."
    }
    k = tags.skipPlaceBack(k, floor); // "Ana Reyes of Ohio said"
    Token t = p.get(k);
    Optional<Attribution> named = personEndingAt(k);
    if (named.isPresent()) {
      return named.get();
    }
    if (tags.nameEndsAt(k)) {
      return Attribution.UNNAMED;
    }
    Optional<Attribution> pronoun = pronounAt(k);
    if (pronoun.isPresent()) {
      return pronoun.get();
    }
    if (t.isCommaLike()) {
      return apposition(k, floor);
    }
    if (t.isWord() && COORDINATORS.contains(Lexicon.lower(t.text()))) {
      return nearest(k, floor); // "laughed and said", "refused to say"
    }
    int d = k;
    while (d >= floor
        && k - d < MAX_DESCRIPTION
        && p.get(d).isWord()
        && !DETERMINERS.contains(Lexicon.lower(p.get(d).text()))) {
      d--;
    }
    if (d >= floor && p.get(d).isWord() && describes(d, k + 1)) {
      return describedPerson(d, k + 1);
    }
    return Attribution.UNNAMED;
  }

  /** The sentence's first person or pronoun between {@code from} and {@code to}: its subject. */
  Attribution first(int from, int to) {
    for (int i = from; i < to; i++) {
      Optional<Attribution> named = personStartingAt(i);
      if (named.isPresent()) {
        return named.get();
      }
      Optional<Attribution> pronoun = pronounAt(i);
      if (pronoun.isPresent()) {
        return pronoun.get();
      }
    }
    return Attribution.NONE;
  }

  /**
   * For a quote at q in a sentence without a speech verb, the person who is the sentence's subject
   * and acts in it: {@code Jane Reed has dismissed the plan as "a fantasy of the left"}. Not when
   * no verb follows the subject (only auxiliaries, {@code Reed should "stick to it"}, someone
   * else's advice, or an article, {@code Reed has only a "slim chance"}), when the words between
   * hold a form of "be" (a passive, {@code Reed was branded "a traitor"}), another person or
   * punctuation, or end in a possessive ({@code Reed became Smith's "enforcer"}) or an article that
   * the quote's noun phrase follows ({@code Reed calls it an "alarming trend"}); not for a quote of
   * one word, which is as often a scare quote; and not in a headline, where quotation marks report
   * a claim rather than anyone's words ({@code Reed 'to quit'}).
   */
  Attribution activeSubject(int start, int q) {
    if (paragraph == 0) {
      return Attribution.NONE;
    }
    int i = start;
    while (i < q && p.get(i).isWord() && lexicon.isCommonWord(p.get(i).text())) {
      i++; // "But", "And"
    }
    Optional<Attribution> subject = personStartingAt(i);
    if (i >= q || subject.isEmpty() || p.get(q - 1).possessive() || opensNounPhrase(q - 1)) {
      return Attribution.NONE;
    }
    String words = p.quotes().get(p.get(q).quoteIndex()).inner(p.text()).strip();
    if (SPACES.split(words).length < 2) {
      return Attribution.NONE;
    }
    int verb = tags.skipModifiersForward(tags.personRunEnd(i), q);
    if (verb >= q
        || !p.get(verb).isWord()
        || ARTICLES.contains(Lexicon.lower(p.get(verb).text()))) {
      return Attribution.NONE; // no verb of its own: "Reed has only a "slim chance""
    }
    for (int k = tags.personRunEnd(i); k < q; k++) {
      Token t = p.get(k);
      if (!t.isWord() || BE.contains(Lexicon.lower(t.text())) || personStartingAt(k).isPresent()) {
        return Attribution.NONE;
      }
    }
    for (int k = q + 1; k < p.sentenceEnd(q); k++) {
      if (tags.isVerb(k)) {
        return Attribution.NONE; // "Reed should see "...", Ann Lee said": someone else's words
      }
    }
    return subject.get();
  }

  /**
   * Whether the word at i opens a noun phrase that the quote after it finishes: a quoted term
   * ({@code calls an "alarming development"}), not anyone's sentence.
   */
  private boolean opensNounPhrase(int i) {
    return p.get(i).isWord() && NOUN_PHRASE_OPENERS.contains(Lexicon.lower(p.get(i).text()));
  }

  /** The nearest person or pronoun before {@code k}, back to {@code floor}. */
  Attribution nearest(int k, int floor) {
    for (int i = k; i >= floor; i--) {
      Optional<Attribution> named = personEndingAt(i);
      if (named.isPresent()) {
        return named.get();
      }
      Optional<Attribution> pronoun = pronounAt(i);
      if (pronoun.isPresent()) {
        return pronoun.get();
      }
    }
    return Attribution.UNNAMED;
  }

  // ---- internals ----

  private Attribution apposition(int comma, int floor) {
    int commas = 0;
    for (int c = comma; c >= floor && comma - c <= MAX_APPOSITION && commas < MAX_COMMAS; c--) {
      Token t = p.get(c);
      if (t.kind() == Token.Kind.QUOTE || t.endsSentence()) {
        break;
      }
      if (!t.isCommaLike()) {
        continue;
      }
      commas++;
      Optional<Attribution> inside = personStartingAt(c + 1);
      if (inside.isPresent() && tags.personRunEnd(c + 1) < comma + 1) {
        return inside.get(); // "Another Republican, Ana Reyes, said"
      }
      Optional<Attribution> described = c > floor ? personEndingAt(c - 1) : Optional.empty();
      if (described.isPresent()) {
        return described.get(); // "Paul Grant, the committee's chairman, said"
      }
    }
    return Attribution.UNNAMED;
  }

  /**
   * The person named right after a description that follows its verb: {@code said the chairman of
   * the committee, Labour MP Ann Reed}. Only a comma, and title words, may stand between.
   */
  private Optional<String> namedInApposition(int from) {
    int c = from;
    while (inRange(c) && c - from < MAX_DESCRIPTION && p.get(c).isWord()) {
      c++; // the rest of the description: "of the Commons education committee"
    }
    if (!inRange(c) || !p.get(c).is(",")) {
      return Optional.empty();
    }
    for (int j = c + 1; inRange(j) && j - c <= MAX_DESCRIPTION; j++) {
      Optional<String> named = tags.personStartingAt(j);
      if (named.isPresent()) {
        return named;
      }
      if (!p.get(j).isWord() || !(leadsToName(p.get(j)) || NameFinder.isNameWord(p.get(j)))) {
        break;
      }
    }
    return Optional.empty();
  }

  /** A word that may stand between a verb and the name it introduces: "the firm's chief". */
  private boolean leadsToName(Token t) {
    return t.isWord()
        && (t.possessive()
            || lexicon.isRole(t.text())
            || DETERMINERS.contains(Lexicon.lower(t.text()))
            || Lexicon.lower(t.text()).equals("a")
            || Lexicon.lower(t.text()).equals("an"));
  }

  /** Whether words [from, to) read as a description of a person: a determiner and a role. */
  private boolean describes(int from, int to) {
    if (!DETERMINERS.contains(Lexicon.lower(p.get(from).text()))) {
      return false;
    }
    for (int i = from + 1; i < to; i++) {
      if (p.get(i).isWord() && lexicon.isRole(p.get(i).text())) {
        return true;
      }
    }
    return false;
  }

  /** The person described by words [from, to): "the Democratic lawmaker of Rhode Island". */
  private Attribution describedPerson(int from, int to) {
    String role = "";
    for (int i = to - 1; i > from && role.isEmpty(); i--) {
      if (p.get(i).isWord() && lexicon.isRole(p.get(i).text())) {
        role = p.get(i).text();
      }
    }
    return Attribution.of(antecedents.resolveDescription(paragraph, p.get(from).start(), role));
  }

  private Optional<Attribution> personStartingAt(int i) {
    return tags.personStartingAt(i).map(Attribution::person);
  }

  private Optional<Attribution> personEndingAt(int i) {
    return tags.personEndingAt(i).map(Attribution::person);
  }

  private Optional<Attribution> pronounAt(int i) {
    Optional<Gender> gender = tags.thirdPersonGender(i);
    if (gender.isEmpty()) {
      return Optional.empty();
    }
    Optional<String> name = antecedents.resolve(paragraph, p.get(i).start(), gender.get());
    return Optional.of(Attribution.of(name));
  }

  private boolean inRange(int i) {
    return i >= 0 && i < p.size();
  }
}
