package dev.newsgrep.attribution;

import java.util.List;
import java.util.Optional;

/**
 * Records in {@link Antecedents} who speaks in one paragraph, so that a later {@code he said}
 * resolves to them: the subjects of its speech verbs, quoted or not ({@code Anne Clark said she
 * would ...}), and the speakers its quotes are attributed to.
 */
final class SpeakerRecorder {
  /** How far, in tokens, an apposition may reach back. */
  private static final int MAX_APPOSITION = 30;

  private final int paragraph;
  private final TaggedParagraph tags;
  private final ParagraphTokens p;
  private final SpeakerResolver resolver;
  private final Lexicon lexicon;
  private final Antecedents antecedents;

  SpeakerRecorder(
      int paragraph,
      TaggedParagraph tags,
      SpeakerResolver resolver,
      Lexicon lexicon,
      Antecedents antecedents) {
    this.paragraph = paragraph;
    this.tags = tags;
    this.p = tags.tokens();
    this.resolver = resolver;
    this.lexicon = lexicon;
    this.antecedents = antecedents;
  }

  /**
   * Records the persons among the paragraph's candidates who are the subject of a speech verb, or
   * follow one that is not said to them ({@code told}). The subjects of speech verbs are the
   * likeliest antecedents of a later "he said"; not a name in a subordinate clause ("..., he said,
   * when Ann Lee argued for it").
   */
  void recordSpeechSubjects(List<NameCandidate> candidates) {
    for (NameCandidate c : candidates) {
      Optional<String> name = tags.personEndingAt(c.runEnd());
      int v = tags.skipModifiersForward(c.runEnd() + 1, p.size());
      int before = c.runStart() - 1;
      // "..., said Ann Lee" names the speaker; "..., told Ann Lee" the listener.
      boolean verbBefore =
          before >= 0
              && tags.isVerb(before)
              && !tags.isParticiple(before)
              && !tags.isListenerVerb(before);
      boolean subject =
          clauseInitial(c.runStart()) && (speaks(v) || speaksAfterApposition(c.runEnd() + 1));
      if (name.isPresent() && (subject || verbBefore)) {
        antecedents.speaks(
            paragraph,
            p.sentence()[c.runStart()],
            p.get(c.runStart()).start(),
            name.get(),
            resolver.gender(name.get()));
      }
    }
  }

  /** Records that the person is quoted at token i, for later pronouns. */
  void recordQuoted(int i, String name) {
    antecedents.quoted(paragraph, p.sentence()[i], p.get(i).start(), name, resolver.gender(name));
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
      if (tags.personEndingAt(k).isPresent()
          || tags.isVerb(k)
          || (t.isWord() && lexicon.isSubordinator(t.text()))) {
        return false;
      }
    }
    return true;
  }

  /** Whether a finite speech verb, used as one, is at v ({@code added 18 points} is not). */
  private boolean speaks(int v) {
    return tags.isVerb(v) && !tags.isPhrase(v) && !tags.isParticiple(v) && !countFollows(v);
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
      if (t.endsSentence()
          || t.kind() == Token.Kind.QUOTE
          || tags.personStartingAt(k).isPresent()) {
        return false;
      }
      if (t.is(",")) {
        return speaks(tags.skipModifiersForward(k + 1, p.size()));
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

  private boolean inRange(int i) {
    return i >= 0 && i < p.size();
  }
}
