package dev.newsgrep.attribution;

import java.util.List;
import java.util.Optional;

/**
 * A paragraph's tokens tagged for attribution: where each person is named, which words are speech
 * verbs (finite, participle, passive or a phrase such as {@code according to}), which modify a verb
 * ({@code also said}) and which are third-person pronouns.
 */
final class TaggedParagraph {
  /** How many role words may stand between a qualifying name and the person's. */
  private static final int MAX_ROLE_WORDS = 3;

  private final ParagraphTokens p;
  private final Lexicon lexicon;

  /** For each token, the person (canonical name) whose non-possessive run starts there, or null. */
  private final String[] personAtStart;

  /** For each token, the person whose non-possessive run ends there, or null. */
  private final String[] personAtEnd;

  /** Whether some candidate's run, person or not, ends at the token. */
  private final boolean[] runEnd;

  /** For each token, whether a name starting there only qualifies the next person's. */
  private final boolean[] modifiers;

  TaggedParagraph(
      ParagraphTokens p,
      List<NameCandidate> candidates,
      SpeakerResolver resolver,
      Lexicon lexicon) {
    this.p = p;
    this.lexicon = lexicon;
    this.personAtStart = new String[p.size()];
    this.personAtEnd = new String[p.size()];
    this.runEnd = new boolean[p.size()];
    this.modifiers = new boolean[p.size()];
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
    for (NameCandidate c : candidates) {
      if (personAtStart[c.runStart()] != null && modifiesNextPerson(c.runEnd())) {
        modifiers[c.runStart()] = true;
        personAtStart[c.runStart()] = null;
        personAtEnd[c.runEnd()] = null;
      }
    }
  }

  /**
   * Whether the name ending at {@code end} only qualifies the person named after a role: {@code
   * Acme manager Tom Reed}, {@code Smith aide Ann Lee}. That person is the one the sentence is
   * about.
   */
  private boolean modifiesNextPerson(int end) {
    int j = end + 1;
    while (inRange(j)
        && j - end <= MAX_ROLE_WORDS
        && p.get(j).isWord()
        && Character.isLowerCase(p.get(j).text().codePointAt(0))
        && lexicon.isRole(p.get(j).text())) {
      j++;
    }
    return j > end + 1 && inRange(j) && personAtStart[j] != null;
  }

  /** Whether the candidate only qualifies the person named after it ({@code Acme manager X}). */
  boolean isModifier(NameCandidate c) {
    return modifiers[c.runStart()];
  }

  /** The paragraph's tokens. */
  ParagraphTokens tokens() {
    return p;
  }

  // ---- persons ----

  /** The person whose (non-possessive) run ends at i: {@code with Mark Hughes claiming}. */
  Optional<String> personEndingAt(int i) {
    return inRange(i) ? Optional.ofNullable(personAtEnd[i]) : Optional.empty();
  }

  /** Whether a person's run starts at i (not possessive). */
  Optional<String> personStartingAt(int i) {
    return inRange(i) ? Optional.ofNullable(personAtStart[i]) : Optional.empty();
  }

  /** Whether some name's run, a person's or not (a possessive, an organization), ends at i. */
  boolean nameEndsAt(int i) {
    return inRange(i) && runEnd[i];
  }

  /** Index just past the run starting at i, if a person's run starts there. */
  int personRunEnd(int i) {
    int j = i;
    while (inRange(j) && personAtEnd[j] == null) {
      j++;
    }
    return j + 1;
  }

  /** Steps back over "of Ohio" / "from Texas" ending at k, to the name before it; else k. */
  int skipPlaceBack(int k, int floor) {
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

  /** Whether the verb at i takes its listener as object ({@code told}), not its speaker. */
  boolean isListenerVerb(int i) {
    return inRange(i) && p.get(i).isWord() && lexicon.isListenerVerb(p.get(i).text());
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

  /** Whether a word modifying a speech verb ({@code also}, {@code later}) is at i. */
  boolean isModifier(int i) {
    return inRange(i) && p.get(i).isWord() && lexicon.isVerbModifier(p.get(i).text());
  }

  /** The first index at or before k, down to floor, that holds no verb modifier. */
  int skipModifiersBack(int k, int floor) {
    while (k >= floor && isModifier(k)) {
      k--;
    }
    return k;
  }

  /** The first index at or after j, up to limit, that holds no verb modifier. */
  int skipModifiersForward(int j, int limit) {
    while (j < limit && isModifier(j)) {
      j++;
    }
    return j;
  }

  // ---- pronouns ----

  /** Whether a third-person subject pronoun is at i. */
  boolean isPronoun(int i) {
    return thirdPersonGender(i).isPresent();
  }

  /** The gender of the third-person pronoun at i, if one of known gender is there. */
  Optional<Gender> thirdPersonGender(int i) {
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
