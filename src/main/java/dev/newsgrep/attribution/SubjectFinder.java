package dev.newsgrep.attribution;

import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Reads who is speaking around a speech verb in one paragraph: the person named right before it
 * ({@code Miller said}), after it ({@code said Mr Hughes}), across an apposition ({@code Paul
 * Grant, the committee's chairman, said}), a pronoun ({@code he said}) or a description ({@code the
 * senator said}), resolved through {@link Antecedents}.
 */
final class SubjectFinder {
  /** How far, in tokens, an apposition may reach back. */
  private static final int MAX_APPOSITION = 30;

  private static final int MAX_COMMAS = 3;
  private static final int MAX_DESCRIPTION = 8;
  private static final Set<String> COORDINATORS = Set.of("and", "but", "or", "to");
  private static final Set<String> BE =
      Set.of("is", "was", "are", "were", "be", "been", "being", "am", "'s");
  private static final Set<String> ARTICLES = Set.of("a", "an", "the", "no");
  private static final Set<String> DETERMINERS = Set.of("the", "his", "her", "their", "its");

  private final int paragraph;
  private final ParagraphTokens p;
  private final Lexicon lexicon;
  private final Antecedents antecedents;
  private final SpeakerResolver resolver;

  /** For each token, the person (canonical name) whose non-possessive run starts there, or null. */
  private final String[] personAtStart;

  /** For each token, the person whose non-possessive run ends there, or null. */
  private final String[] personAtEnd;

  /** Whether some candidate's run, person or not, ends at the token. */
  private final boolean[] runEnd;

  SubjectFinder(
      int paragraph,
      ParagraphTokens p,
      List<NameCandidate> candidates,
      SpeakerResolver resolver,
      Lexicon lexicon,
      Antecedents antecedents) {
    this.paragraph = paragraph;
    this.p = p;
    this.lexicon = lexicon;
    this.antecedents = antecedents;
    this.resolver = resolver;
    this.personAtStart = new String[p.size()];
    this.personAtEnd = new String[p.size()];
    this.runEnd = new boolean[p.size()];
    for (NameCandidate c : candidates) {
      runEnd[c.runEnd()] = true;
      if (!c.possessive()) {
        resolver
            .canonical(c)
            .ifPresent(
                name -> {
                  personAtStart[c.runStart()] = name;
                  personAtEnd[c.runEnd()] = name;
                });
      }
    }
    // The subjects of speech verbs, quoted or not ("Anne Clark said she would ..."), are the
    // likeliest antecedents of a later "he said"; not a name in a subordinate clause ("..., he
    // said, when Ann Lee argued for it").
    for (NameCandidate c : candidates) {
      String name = personAtEnd[c.runEnd()];
      int v = skipModifiersForward(c.runEnd() + 1, p.size());
      boolean verbBefore =
          c.runStart() > 0 && isVerb(c.runStart() - 1) && !isParticiple(c.runStart() - 1);
      boolean subject =
          clauseInitial(c.runStart()) && (speaks(v) || speaksAfterApposition(c.runEnd() + 1));
      if (name != null && (subject || verbBefore)) {
        antecedents.speaks(
            paragraph,
            p.sentence()[c.runStart()],
            p.get(c.runStart()).start(),
            name,
            resolver.gender(name));
      }
    }
  }

  /**
   * Whether the name at i is its sentence's subject rather than a subordinate clause's: between it
   * and the sentence's start (or a comma, {@code On Monday, Ann Lee said}) stands no word opening a
   * clause ({@code when}, {@code that}), no other person and no speech verb.
   */
  private boolean clauseInitial(int i) {
    int start = p.sentenceStart(i);
    for (int k = i - 1; k >= start; k--) {
      Token t = p.get(k);
      if (t.is(",") || t.is(":") || t.kind() == Token.Kind.QUOTE) {
        return true;
      }
      if (personAtEnd[k] != null || isVerb(k) || (t.isWord() && lexicon.isSubordinator(t.text()))) {
        return false;
      }
    }
    return true;
  }

  /** Whether a finite speech verb, used as one, is at v ({@code added 18 points} is not). */
  private boolean speaks(int v) {
    return isVerb(v) && !isPhrase(v) && !isParticiple(v) && !countFollows(v);
  }

  /**
   * Whether an apposition opens at i and a speech verb follows it: {@code , who chairs it, said}.
   */
  private boolean speaksAfterApposition(int i) {
    if (!inRange(i) || !p.get(i).is(",")) {
      return false;
    }
    for (int k = i + 1; inRange(k) && k - i <= MAX_APPOSITION; k++) {
      Token t = p.get(k);
      if (t.endsSentence() || t.kind() == Token.Kind.QUOTE || personAtStart[k] != null) {
        return false;
      }
      if (t.is(",")) {
        return speaks(skipModifiersForward(k + 1, p.size()));
      }
    }
    return false;
  }

  /** Whether a number follows the verb at v: {@code added 18 points} is no speech. */
  private boolean countFollows(int v) {
    return inRange(v + 1)
        && p.get(v + 1).isWord()
        && Character.isDigit(p.get(v + 1).text().charAt(0));
  }

  /** Records that the person is quoted at token i, for later pronouns. */
  void noteQuoted(int i, String name) {
    antecedents.quoted(paragraph, p.sentence()[i], p.get(i).start(), name, resolver.gender(name));
  }

  // ---- speech verbs ----

  /** Whether a speech verb, or the start of a speech phrase ({@code according to}), is at i. */
  boolean isVerb(int i) {
    if (!inRange(i) || !p.get(i).isWord()) {
      return false;
    }
    String w = p.get(i).text();
    if (lexicon.isSpeechVerb(w)) {
      return true;
    }
    return lexicon
        .speechPhraseRest(w)
        .filter(rest -> inRange(i + 1) && Lexicon.lower(p.get(i + 1).text()).equals(rest))
        .isPresent();
  }

  /** Whether the verb at i is passive, its speaker after {@code by}: {@code as revealed by}. */
  boolean isPassive(int i) {
    return inRange(i + 1) && Lexicon.lower(p.get(i + 1).text()).equals("by");
  }

  /** Whether the verb at i is a participle ({@code saying}), whose subject is the sentence's. */
  boolean isParticiple(int i) {
    return !isPhrase(i) && Lexicon.isParticiple(p.get(i).text());
  }

  /**
   * Whether the verb at i starts a speech phrase whose speaker follows it ({@code according to}).
   */
  boolean isPhrase(int i) {
    return !lexicon.isSpeechVerb(p.get(i).text());
  }

  /** The index just past a verb or speech phrase at i. */
  int afterVerb(int i) {
    return lexicon.isSpeechVerb(p.get(i).text()) ? i + 1 : i + 2;
  }

  boolean isModifier(int i) {
    return inRange(i) && p.get(i).isWord() && lexicon.isVerbModifier(p.get(i).text());
  }

  // ---- subjects ----

  /** The speaker named right after a verb: {@code said Mr Hughes}, {@code said he}. */
  Attribution after(int i) {
    if (!inRange(i)) {
      return Attribution.NONE;
    }
    if (personAtStart[i] != null) {
      return Attribution.person(personAtStart[i]);
    }
    for (int j = i; j - i < MAX_DESCRIPTION && inRange(j + 1) && leadsToName(p.get(j)); j++) {
      if (personAtStart[j + 1] != null) {
        return Attribution.person(personAtStart[j + 1]); // said the firm's chief executive Joe Park
      }
    }
    Optional<Attribution> pronoun = pronounAt(i);
    if (pronoun.isPresent()) {
      return pronoun.get();
    }
    Token t = p.get(i);
    if (t.isWord() && (DETERMINERS.contains(Lexicon.lower(t.text())) || NameFinder.isNameWord(t))) {
      int j = i + 1;
      while (inRange(j) && j - i <= MAX_DESCRIPTION && p.get(j).isWord() && !isVerb(j)) {
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
    int k = skipModifiersBack(v - 1, floor);
    if (k < floor) {
      return after(afterVerb(v)); // "Said Mr Smith: ..."
    }
    k = skipPlaceBack(k, floor); // "Ana Reyes of Ohio said"
    Token t = p.get(k);
    if (personAtEnd[k] != null) {
      return Attribution.person(personAtEnd[k]);
    }
    if (runEnd[k]) {
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
      if (personAtStart[i] != null) {
        return Attribution.person(personAtStart[i]);
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
   * punctuation, or end in a possessive ({@code Reed became Smith's "enforcer"}); not for a quote
   * of one word, which is as often a scare quote; and not in a headline, where quotation marks
   * report a claim rather than anyone's words ({@code Reed 'to quit'}).
   */
  Attribution activeSubject(int start, int q) {
    if (paragraph == 0) {
      return Attribution.NONE;
    }
    int i = start;
    while (i < q && p.get(i).isWord() && lexicon.isCommonWord(p.get(i).text())) {
      i++; // "But", "And"
    }
    if (i >= q || personAtStart[i] == null || p.get(q - 1).possessive()) {
      return Attribution.NONE;
    }
    String words = p.quotes().get(p.get(q).quoteIndex()).inner(p.text()).strip();
    if (words.split("\\s+").length < 2) {
      return Attribution.NONE;
    }
    int verb = skipModifiersForward(personRunEnd(i), q);
    if (verb >= q
        || !p.get(verb).isWord()
        || ARTICLES.contains(Lexicon.lower(p.get(verb).text()))) {
      return Attribution.NONE; // no verb of its own: "Reed has only a "slim chance""
    }
    for (int k = personRunEnd(i); k < q; k++) {
      Token t = p.get(k);
      if (!t.isWord() || BE.contains(Lexicon.lower(t.text())) || personAtStart[k] != null) {
        return Attribution.NONE;
      }
    }
    for (int k = q + 1; k < p.sentenceEnd(q); k++) {
      if (isVerb(k)) {
        return Attribution.NONE; // "Reed should see "...", Ann Lee said": someone else's words
      }
    }
    return Attribution.person(personAtStart[i]);
  }

  /** The nearest person or pronoun before {@code k}, back to {@code floor}. */
  Attribution nearest(int k, int floor) {
    for (int i = k; i >= floor; i--) {
      if (personAtEnd[i] != null) {
        return Attribution.person(personAtEnd[i]);
      }
      Optional<Attribution> pronoun = pronounAt(i);
      if (pronoun.isPresent()) {
        return pronoun.get();
      }
    }
    return Attribution.UNNAMED;
  }

  /** The person whose (non-possessive) run ends at i: {@code with Mark Hughes claiming}. */
  Optional<String> personEndingAt(int i) {
    return inRange(i) ? Optional.ofNullable(personAtEnd[i]) : Optional.empty();
  }

  /** Whether a person's run starts at i (not possessive). */
  Optional<String> personStartingAt(int i) {
    return inRange(i) ? Optional.ofNullable(personAtStart[i]) : Optional.empty();
  }

  /** Index just past the run starting at i, if a person's run starts there. */
  int personRunEnd(int i) {
    int j = i;
    while (inRange(j) && personAtEnd[j] == null) {
      j++;
    }
    return j + 1;
  }

  /** Whether a third-person subject pronoun is at i. */
  boolean isPronoun(int i) {
    return thirdPersonGender(i).isPresent();
  }

  int skipModifiersBack(int k, int floor) {
    while (k >= floor && isModifier(k)) {
      k--;
    }
    return k;
  }

  int skipModifiersForward(int j, int limit) {
    while (j < limit && isModifier(j)) {
      j++;
    }
    return j;
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
      if (inRange(c + 1) && personAtStart[c + 1] != null && personRunEnd(c + 1) < comma + 1) {
        return Attribution.person(personAtStart[c + 1]); // "Another Republican, Ana Reyes, said"
      }
      if (c > floor && personAtEnd[c - 1] != null) {
        return Attribution.person(
            personAtEnd[c - 1]); // "Paul Grant, the committee's chairman, said"
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
      if (personAtStart[j] != null) {
        return Optional.of(personAtStart[j]);
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

  /** Steps back over "of Ohio" / "from Texas" after a name. */
  private int skipPlaceBack(int k, int floor) {
    if (personAtEnd[k] != null || !NameFinder.isNameWord(p.get(k))) {
      return k;
    }
    int start = k;
    while (start - 1 >= floor && NameFinder.isNameWord(p.get(start - 1))) {
      start--;
    }
    if (start - 2 >= floor) {
      String before = Lexicon.lower(p.get(start - 1).text());
      if (before.equals("of") || before.equals("from")) {
        return start - 2;
      }
    }
    return k;
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

  private Optional<Attribution> pronounAt(int i) {
    Optional<Gender> gender = thirdPersonGender(i);
    if (gender.isEmpty()) {
      return Optional.empty();
    }
    Optional<String> name = antecedents.resolve(paragraph, p.get(i).start(), gender.get());
    return Optional.of(Attribution.of(name));
  }

  private Optional<Gender> thirdPersonGender(int i) {
    if (!inRange(i) || !p.get(i).isWord()) {
      return Optional.empty();
    }
    return lexicon
        .pronoun(p.get(i).text())
        .filter(pr -> !pr.firstPerson() && pr.gender() != Gender.UNKNOWN)
        .map(Lexicon.Pronoun::gender);
  }

  private boolean inRange(int i) {
    return i >= 0 && i < p.size();
  }
}
