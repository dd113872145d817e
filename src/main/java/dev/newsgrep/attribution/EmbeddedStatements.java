package dev.newsgrep.attribution;

import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Recognises paragraphs that reproduce someone's statement verbatim without quotation marks, as web
 * articles do with embedded tweets: written in the first person ({@code I}, {@code we}, {@code
 * my}), continuing a thread ({@code ...We negotiated}), or numbered as one ({@code 2/3}). Such a
 * paragraph is given to the speaker of the paragraph before it. Only a strong cue (a thread's
 * ellipsis or number, a closing link) lets it go, when that paragraph quotes no one, to the first
 * person that paragraph names ({@code Senator Ana Reyes compared ...}): first-person paragraphs
 * alone are too often readers' comments or the writer's own voice. For the same reason a
 * first-person paragraph counts only in an article that speaks of posts or statements ({@code
 * tweeted}, {@code statement}; {@code statement-cues.txt}).
 */
final class EmbeddedStatements {
  private static final Pattern THREAD_NUMBER = Pattern.compile("\\b\\d{1,2}/\\d{1,2}\\s*$");

  private final Lexicon lexicon;
  private final Set<String> statementCues;

  EmbeddedStatements(Lexicon lexicon) {
    this.lexicon = lexicon;
    var cues = new HashSet<String>();
    WordListReader.words("statement-cues.txt").forEach(w -> cues.add(Lexicon.lower(w)));
    this.statementCues = Set.copyOf(cues);
  }

  /**
   * Whether the article speaks of posts or statements anywhere ({@code tweeted}, {@code
   * statement}).
   */
  boolean presentsStatements(List<ParagraphTokens> article) {
    for (ParagraphTokens p : article) {
      for (Token t : p.tokens()) {
        if (t.isWord() && statementCues.contains(Lexicon.lower(t.text()))) {
          return true;
        }
      }
    }
    return false;
  }

  /** How strongly a paragraph reads as a statement reproduced verbatim. */
  enum Cue {
    NONE,
    /** Written in the first person. */
    WEAK,
    /** A thread's marks: a leading ellipsis, a number such as {@code 2/3}, a closing link. */
    STRONG
  }

  /**
   * How strongly the paragraph reads as a statement reproduced verbatim.
   *
   * @param statements whether the article speaks of posts or statements, without which a first
   *     person paragraph is no cue
   */
  Cue cue(ParagraphTokens p, boolean statements) {
    if (p.size() == 0) {
      return Cue.NONE;
    }
    Token last = p.get(p.size() - 1);
    if (p.get(0).isEllipsis()
        || THREAD_NUMBER.matcher(p.text()).find()
        || (last.kind() == Token.Kind.OTHER && last.text().contains("://"))) {
      return Cue.STRONG;
    }
    return statements && firstPerson(p) ? Cue.WEAK : Cue.NONE;
  }

  private boolean firstPerson(ParagraphTokens p) {
    for (Token t : p.tokens()) {
      if (t.isWord() && isFirstPerson(t.text())) {
        return true;
      }
    }
    return false;
  }

  private boolean isFirstPerson(String word) {
    boolean firstPerson = lexicon.pronoun(word).map(Lexicon.Pronoun::firstPerson).orElse(false);
    if (!firstPerson) {
      return false;
    }
    if (Lexicon.lower(word).equals("i")) {
      return word.equals("I");
    }
    return !word.equals(word.toUpperCase(java.util.Locale.ROOT)) || word.length() == 1; // not "US"
  }

  /**
   * The author of an embedded statement.
   *
   * @param previousSpeakers who the previous paragraph quotes, in order
   * @param previousAuthor the previous paragraph's author if it was itself an embedded statement
   * @param previousFirstPerson the first person the previous paragraph names, outside quotes
   */
  static Optional<String> author(
      Cue cue,
      List<String> previousSpeakers,
      Optional<String> previousAuthor,
      Optional<String> previousFirstPerson) {
    if (cue == Cue.NONE) {
      return Optional.empty();
    }
    if (!previousSpeakers.isEmpty()) {
      return Optional.of(previousSpeakers.get(previousSpeakers.size() - 1));
    }
    return cue == Cue.STRONG ? previousAuthor.or(() -> previousFirstPerson) : previousAuthor;
  }
}
