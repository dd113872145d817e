package dev.newsgrep.attribution;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Attributes each quoted span of a paragraph to its speaker. In order, it tries:
 *
 * <ol>
 *   <li>the words right after the quote: {@code "...," Miller said}, {@code "...," said Mr Hughes},
 *       {@code "...," he said}, {@code "...," the senator said}, {@code "...," Sen. Dan Webb,
 *       D-Md., tweeted}, and a closing {@code ..., Smith tweeted.};
 *   <li>the nearest speech verb before it in the sentence, and that verb's subject: {@code Miller
 *       added: "..."}, {@code Mr Smith said Mr Brown "denied" it}, and for a participle the
 *       sentence's subject ({@code Lopez ..., saying "..."}) unless a name stands right before it
 *       ({@code with Mark Hughes claiming "..."}) or a finite speech verb before it has its own
 *       ({@code ..., he claimed, saying "..."});
 *   <li>a colon after a person: {@code Smith changed his tune: "..."};
 *   <li>the person acting as the sentence's subject: {@code Smith dismissed it as "a fantasy"};
 *   <li>the paragraph's other quotes, for a quote that continues a speaker's words.
 * </ol>
 */
final class QuoteAttributor {
  /** How many tokens after a quote its attribution may take. */
  private static final int MAX_AFTER = 14;

  /** How many tokens before a quote to look for its speech verb. */
  private static final int MAX_BEFORE = 80;

  /** How far, in tokens, an apposition after a quote may run before its verb. */
  private static final int MAX_APPOSITION = 24;

  /** How close to a sentence's end a closing "..., Smith tweeted." must be. */
  private static final int MAX_TAIL = 4;

  /**
   * The attributions of a paragraph's quotes, in order (titles left out); each speaker found is
   * recorded before the next quote is read, so that later pronouns may resolve to it.
   */
  List<Attribution> attribute(
      TaggedParagraph tags, SubjectFinder subjects, SpeakerRecorder speakers, Attribution carried) {
    ParagraphTokens p = tags.tokens();
    List<Integer> quoteTokens = p.quoteTokens();
    var result = new ArrayList<Attribution>();
    for (int q : quoteTokens) {
      Attribution a = afterQuote(p, tags, subjects, q);
      if (!a.found()) {
        a = beforeQuote(p, tags, subjects, q);
      }
      result.add(a);
      if (a.speaker().isPresent()) {
        speakers.recordQuoted(q, a.speaker().get());
      }
    }
    fillContinuations(p, quoteTokens, result, carried);
    return result;
  }

  private static QuoteSpan span(ParagraphTokens p, int q) {
    return p.quotes().get(p.get(q).quoteIndex());
  }

  private Attribution afterQuote(ParagraphTokens p, TaggedParagraph tags, SubjectFinder s, int q) {
    boolean complete = span(p, q).endsSentence(p.text());
    int i = q + 1;
    if (i < p.size() && p.get(i).is(",")) {
      i++;
    }
    if (i >= p.size()) {
      return Attribution.NONE;
    }
    if (tags.isVerb(i) && !tags.isParticiple(i)) {
      return s.after(tags.afterVerb(i)); // "...," said Mr Hughes
    }
    int limit = Math.min(p.size(), i + MAX_AFTER);
    if (tags.personStartingAt(i).isPresent() || tags.isPronoun(i)) {
      int j = tags.isPronoun(i) ? i + 1 : tags.personRunEnd(i);
      j = tags.skipModifiersForward(j, limit);
      if (j < limit && tags.isVerb(j) && !tags.isParticiple(j)) {
        // After a quote closed by a full stop, "Smith said" opens a new sentence; it attributes
        // the quote only when it is all that sentence says ("Smith said on Monday."), not when it
        // reports something else ("Smith retorted voters remembered the record").
        boolean ownSentence = !span(p, q).endsWithFullStop(p.text());
        if (ownSentence || p.sentenceEnd(j) - j <= MAX_TAIL) {
          return s.before(j, i);
        }
        return Attribution.NONE;
      }
      if (!complete && j < limit && p.get(j).is(",") && tags.personStartingAt(i).isPresent()) {
        // "...," Sen. Jane Miller, D-N.Y., said / "...", Ann Reed, founder of the group, said
        int end = Math.min(p.size(), j + MAX_APPOSITION);
        for (int k = j + 1; k < end; k++) {
          Token t = p.get(k);
          if (t.endsSentence() || t.kind() == Token.Kind.QUOTE) {
            break;
          }
          if (tags.isVerb(k)) {
            if (!tags.isParticiple(k) && (p.get(k - 1).is(",") || p.get(k - 1).isWord())) {
              return Attribution.person(tags.personStartingAt(i).get());
            }
            break;
          }
        }
      }
      return complete ? Attribution.NONE : tail(p, tags, s, q);
    }
    if (complete) {
      return Attribution.NONE;
    }
    // "...," the Democratic lawmaker of Rhode Island said / "...," the White House said
    for (int v = i + 1; v < limit; v++) {
      Token t = p.get(v);
      if (!t.isWord() || p.sentence()[v] != p.sentence()[i]) {
        break;
      }
      if (tags.isVerb(v) && !tags.isParticiple(v)) {
        return s.before(v, i);
      }
    }
    return tail(p, tags, s, q);
  }

  /** A sentence closing with "..., Smith tweeted." attributes the quotes before it. */
  private Attribution tail(ParagraphTokens p, TaggedParagraph tags, SubjectFinder s, int q) {
    int end = p.sentenceEnd(q + 1 < p.size() ? q + 1 : q);
    for (int c = q + 1; c < end && c < q + MAX_BEFORE; c++) {
      if (p.get(c).kind() == Token.Kind.QUOTE) {
        return Attribution.NONE;
      }
      if (!p.get(c).is(",") || tags.personStartingAt(c + 1).isEmpty()) {
        continue;
      }
      int v = tags.skipModifiersForward(tags.personRunEnd(c + 1), end);
      if (v < end && tags.isVerb(v) && !tags.isParticiple(v) && end - v <= MAX_TAIL) {
        return s.before(v, c + 1);
      }
    }
    return Attribution.NONE;
  }

  private Attribution beforeQuote(ParagraphTokens p, TaggedParagraph tags, SubjectFinder s, int q) {
    int floor = Math.max(p.sentenceStart(q), q - MAX_BEFORE);
    for (int v = q - 1; v >= floor; v--) {
      if (p.get(v).kind() == Token.Kind.WORD && tags.isVerb(v) && !tags.isPassive(v)) {
        if (!tags.isParticiple(v)) {
          return tags.isPhrase(v) ? s.after(tags.afterVerb(v)) : s.before(v, floor);
        }
        Optional<String> right = tags.personEndingAt(v - 1);
        if (right.isPresent()) {
          return Attribution.person(right.get()); // "with Mark Hughes claiming it was ..."
        }
        // "..., he claimed, saying ...": the participle shares the finite speech verb's subject;
        // without one, the sentence's subject ("Lopez ..., saying ...").
        for (int u = v - 1; u >= floor; u--) {
          if (tags.isVerb(u) && !tags.isParticiple(u) && !tags.isPhrase(u)) {
            Attribution subject = s.before(u, floor);
            if (subject.speaker().isPresent()) {
              return subject;
            }
            break; // "when asked about it, ... saying": no subject of its own
          }
        }
        Attribution first = s.first(floor, q);
        return first.found() ? first : s.first(q + 1, Math.min(p.size(), p.sentenceEnd(q)));
      }
    }
    if (q > floor && p.get(q - 1).is(":")) {
      return s.first(floor, q - 1); // Smith changed his tune: "..."
    }
    return s.activeSubject(p.sentenceStart(q), q);
  }

  /**
   * A quote with no attribution of its own continues the speaker of the paragraph's quote before
   * it; at the paragraph's start, the next attributed quote's or, failing that, the speaker carried
   * over from the previous paragraph.
   */
  private static void fillContinuations(
      ParagraphTokens p, List<Integer> quoteTokens, List<Attribution> result, Attribution carried) {
    Attribution last = Attribution.NONE;
    for (int n = 0; n < result.size(); n++) {
      if (result.get(n).found()) {
        last = result.get(n);
      } else if (last.found()) {
        result.set(n, last);
      }
    }
    if (result.isEmpty() || result.get(0).found() || !opensParagraph(p, quoteTokens.get(0))) {
      return;
    }
    Attribution next = result.stream().filter(Attribution::found).findFirst().orElse(carried);
    for (int n = 0; n < result.size() && !result.get(n).found(); n++) {
      result.set(n, next);
    }
  }

  private static boolean opensParagraph(ParagraphTokens p, int q) {
    for (int i = 0; i < q; i++) {
      if (p.get(i).kind() != Token.Kind.PUNCT) {
        return false;
      }
    }
    return true;
  }
}
