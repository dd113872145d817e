package dev.newsgrep.attribution;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Finds, for each paragraph of a news article, the people directly quoted in it, by full name.
 *
 * <p>A quote is text in quotation marks attributed by a speech verb to a person named next to it
 * ({@code "...," Miller said}, {@code Sen. Jane Miller said: "..."}, {@code "..." wrote Mr Smith}),
 * through a pronoun ({@code he said}) or a description ({@code the senator said}), or a statement
 * reproduced verbatim (an embedded tweet). Titles are stripped and surnames resolved to the fullest
 * name the article gives. Indirect speech and quoted show titles are not quotes. {@link #attribute}
 * also gives each quote's span and speaker; names are canonical within one article, and {@link
 * NameVariants} merges them across articles.
 *
 * <pre>{@code
 * SpeakerAttributor attributor = SpeakerAttributor.loadDefault();
 * List<List<String>> speakers = attributor.speakersByParagraph(List.of(
 *     "Senators react",
 *     "Senator Jane Miller spoke on Sunday.",
 *     "\"We will vote no,\" Miller said."));
 * // [[], [], [Jane Miller]]
 * }</pre>
 *
 * <p>Instances are immutable and thread-safe: each call works on its own state.
 */
public final class SpeakerAttributor {
  private final Lexicon lexicon;
  private final QuoteFinder quoteFinder;
  private final Tokenizer tokenizer;
  private final NameFinder nameFinder;
  private final QuoteAttributor quoteAttributor;
  private final EmbeddedStatements embedded;
  private final NameVariants nameVariants;

  private SpeakerAttributor(Lexicon lexicon, NameVariants nameVariants) {
    this.lexicon = lexicon;
    this.quoteFinder = new QuoteFinder(lexicon);
    this.tokenizer = new Tokenizer(lexicon);
    this.nameFinder = new NameFinder(lexicon);
    this.quoteAttributor = new QuoteAttributor();
    this.embedded = new EmbeddedStatements(lexicon);
    this.nameVariants = nameVariants;
  }

  /**
   * An attributor with the word lists shipped under {@code dev/newsgrep/} (speech verbs, titles,
   * pronouns, non-person words), read once.
   *
   * @throws IllegalStateException if a word list is missing from the class path
   */
  public static SpeakerAttributor loadDefault() {
    return new SpeakerAttributor(Lexicon.load(), NameVariants.loadDefault());
  }

  /**
   * The people directly quoted in each paragraph of one article.
   *
   * @param paragraphs the headline at index 0, then the body paragraphs in order
   * @return a list of the same size: for each paragraph, the distinct full names of the people
   *     directly quoted in it, in order of first appearance; empty where nobody is. Never throws on
   *     any text; an article it cannot read gets empty lists.
   */
  public List<List<String>> speakersByParagraph(List<String> paragraphs) {
    return attribute(paragraphs).stream().map(ParagraphAttribution::speakers).toList();
  }

  /**
   * The quotes of each paragraph of one article and who said them.
   *
   * <pre>{@code
   * List<ParagraphAttribution> result = attributor.attribute(List.of(
   *     "Senators react",
   *     "\"We will vote no,\" Senator Jane Miller said."));
   * result.get(1).speakers();                        // [Jane Miller]
   * result.get(1).quotes().get(0).text(paragraph);   // We will vote no
   * }</pre>
   *
   * @param paragraphs the headline at index 0, then the body paragraphs in order
   * @return a list of the same size, one {@link ParagraphAttribution} per paragraph. Never throws
   *     on any text; an article it cannot read gets {@link ParagraphAttribution#NONE} throughout.
   */
  public List<ParagraphAttribution> attribute(List<String> paragraphs) {
    try {
      return attributeOrThrow(paragraphs);
    } catch (RuntimeException e) {
      // A defect must not stop indexing: the article is indexed without speakers.
      return paragraphs.stream().map(p -> ParagraphAttribution.NONE).toList();
    }
  }

  /** {@link #attribute} without its safety net, so tests see any defect. */
  List<ParagraphAttribution> attributeOrThrow(List<String> paragraphs) {
    // One small method per phase: each compiles on its own, quickly, instead of the JIT inlining
    // the whole pipeline into one very large unit.
    List<ParagraphTokens> tokens = tokenize(paragraphs);
    List<List<NameCandidate>> candidates = candidates(tokens);
    SpeakerResolver resolver = SpeakerResolver.of(flatten(candidates), nameVariants);
    List<TaggedParagraph> tagged = tag(tokens, candidates, resolver);
    Antecedents antecedents = antecedents(tokens, candidates, tagged, resolver);
    int n = tokens.size();
    var attributions = new ArrayList<List<Attribution>>(n);
    var authors = new ArrayList<Optional<String>>(n);
    attributeQuotes(tokens, candidates, tagged, resolver, antecedents, attributions, authors);
    backfillRunOnQuotes(tokens, attributions);
    var result = new ArrayList<ParagraphAttribution>(n);
    for (int k = 0; k < n; k++) {
      Optional<String> author = authors.get(k);
      result.add(
          author.isPresent()
              ? embedded(tokens.get(k), author)
              : quoted(tokens.get(k), attributions.get(k)));
    }
    return List.copyOf(result);
  }

  private List<ParagraphTokens> tokenize(List<String> paragraphs) {
    var tokens = new ArrayList<ParagraphTokens>(paragraphs.size());
    for (String text : paragraphs) {
      tokens.add(tokenizer.tokenize(text, quoteFinder.find(text)));
    }
    return tokens;
  }

  /** The candidate names of each paragraph. */
  private List<List<NameCandidate>> candidates(List<ParagraphTokens> tokens) {
    Set<String> lowerCaseWords = lowerCaseWords(tokens);
    var candidates = new ArrayList<List<NameCandidate>>(tokens.size());
    for (int k = 0; k < tokens.size(); k++) {
      candidates.add(nameFinder.find(k, tokens.get(k), lowerCaseWords));
    }
    return candidates;
  }

  /** The words the article prints in lower case somewhere, as printed. */
  private static Set<String> lowerCaseWords(List<ParagraphTokens> tokens) {
    Set<String> words = new HashSet<>();
    for (ParagraphTokens p : tokens) {
      for (Token t : p.tokens()) {
        if (t.isWord() && Character.isLowerCase(t.text().codePointAt(0))) {
          words.add(t.text());
        }
      }
    }
    return words;
  }

  private static List<NameCandidate> flatten(List<List<NameCandidate>> candidates) {
    var all = new ArrayList<NameCandidate>();
    for (List<NameCandidate> found : candidates) {
      all.addAll(found);
    }
    return all;
  }

  private List<TaggedParagraph> tag(
      List<ParagraphTokens> tokens,
      List<List<NameCandidate>> candidates,
      SpeakerResolver resolver) {
    var tagged = new ArrayList<TaggedParagraph>(tokens.size());
    for (int k = 0; k < tokens.size(); k++) {
      tagged.add(new TaggedParagraph(tokens.get(k), candidates.get(k), resolver, lexicon));
    }
    return tagged;
  }

  /** Every person the article mentions, in order, for pronouns and descriptions to refer to. */
  private static Antecedents antecedents(
      List<ParagraphTokens> tokens,
      List<List<NameCandidate>> candidates,
      List<TaggedParagraph> tagged,
      SpeakerResolver resolver) {
    Antecedents antecedents = new Antecedents();
    for (int k = 0; k < tokens.size(); k++) {
      ParagraphTokens p = tokens.get(k);
      for (NameCandidate c : candidates.get(k)) {
        if (tagged.get(k).isModifier(c)) {
          continue; // "Acme manager Tom Reed": the sentence is about Tom Reed
        }
        Optional<String> name = resolver.canonical(c);
        if (name.isPresent()) {
          int at = c.runStart();
          antecedents.mention(
              c.paragraph(),
              p.sentence()[at],
              p.get(at).start(),
              name.get(),
              resolver.gender(name.get()),
              c.titles());
        }
      }
    }
    return antecedents;
  }

  /**
   * Attributes each paragraph's quotes in order, adding to {@code attributions} and, for a
   * statement reproduced verbatim, to {@code authors}.
   */
  private void attributeQuotes(
      List<ParagraphTokens> tokens,
      List<List<NameCandidate>> candidates,
      List<TaggedParagraph> tagged,
      SpeakerResolver resolver,
      Antecedents antecedents,
      List<List<Attribution>> attributions,
      List<Optional<String>> authors) {
    Attribution carried = Attribution.NONE;
    boolean statements = embedded.presentsStatements(tokens);
    for (int k = 0; k < tokens.size(); k++) {
      TaggedParagraph tags = tagged.get(k);
      var speakers = new SpeakerRecorder(k, tags, resolver, lexicon, antecedents);
      speakers.recordSpeechSubjects(candidates.get(k));
      var subjects = new SubjectFinder(k, tags, lexicon, antecedents);
      List<Attribution> found = quoteAttributor.attribute(tags, subjects, speakers, carried);
      Optional<String> author = Optional.empty();
      if (k > 1 && !anyFound(found)) {
        author =
            EmbeddedStatements.author(
                embedded.cue(tokens.get(k), statements),
                speakers(attributions.get(k - 1), authors.get(k - 1)),
                authors.get(k - 1),
                firstPerson(candidates.get(k - 1), resolver));
      }
      attributions.add(new ArrayList<>(found));
      authors.add(author);
      carried = lastWithSpeaker(found);
    }
  }

  private static boolean anyFound(List<Attribution> attributions) {
    for (Attribution a : attributions) {
      if (a.found()) {
        return true;
      }
    }
    return false;
  }

  /** The last attribution that names a speaker, or {@link Attribution#NONE}. */
  private static Attribution lastWithSpeaker(List<Attribution> attributions) {
    for (int i = attributions.size() - 1; i >= 0; i--) {
      if (attributions.get(i).speaker().isPresent()) {
        return attributions.get(i);
      }
    }
    return Attribution.NONE;
  }

  /**
   * A quote that runs on into the next paragraph with nothing attributing it takes the speaker of
   * that paragraph's opening quote: {@code "The outlook is strong.} / {@code "We will hire," he
   * said.} Later paragraphs go first, so a quote running on over several paragraphs is filled back
   * from its end.
   */
  private static void backfillRunOnQuotes(
      List<ParagraphTokens> tokens, List<List<Attribution>> attributions) {
    for (int k = tokens.size() - 2; k >= 0; k--) {
      List<Attribution> here = attributions.get(k);
      List<QuoteSpan> spans = tokens.get(k).quotes();
      boolean runsOn = !spans.isEmpty() && !spans.get(spans.size() - 1).closed();
      if (!runsOn || here.isEmpty() || here.stream().anyMatch(Attribution::found)) {
        continue;
      }
      ParagraphTokens next = tokens.get(k + 1);
      List<Integer> nextQuotes = next.quoteTokens();
      if (nextQuotes.isEmpty() || nextQuotes.get(0) != 0) {
        continue; // the next paragraph does not open with a quotation mark
      }
      Attribution speaker = attributions.get(k + 1).get(0);
      if (speaker.speaker().isPresent()) {
        here.replaceAll(a -> speaker);
      }
    }
  }

  private static List<String> speakers(List<Attribution> attributions, Optional<String> author) {
    var names = new LinkedHashSet<String>();
    attributions.forEach(a -> a.speaker().ifPresent(names::add));
    author.ifPresent(names::add);
    return List.copyOf(names);
  }

  /**
   * A paragraph whose quotes are its quoted spans, scare quotes left out. Where the paragraph
   * quotes one person only, a quote left unattributed is theirs too: {@code Smith said that "…,"
   * but noted that "…"}.
   */
  private static ParagraphAttribution quoted(ParagraphTokens p, List<Attribution> attributions) {
    List<String> speakers = speakers(attributions, Optional.empty());
    Optional<String> onlySpeaker =
        speakers.size() == 1 ? Optional.of(speakers.get(0)) : Optional.empty();
    List<Integer> quoteTokens = p.quoteTokens();
    var quotes = new ArrayList<AttributedQuote>();
    for (int q = 0; q < attributions.size(); q++) {
      Attribution a = attributions.get(q);
      QuoteSpan span = p.quotes().get(p.get(quoteTokens.get(q)).quoteIndex());
      if (a.found() || !span.scareQuote(p.text())) {
        quotes.add(span.words(p.text(), a.speaker().or(() -> onlySpeaker)));
      }
    }
    return new ParagraphAttribution(speakers, quotes);
  }

  /** A statement reproduced verbatim: the whole paragraph is its author's words. */
  private static ParagraphAttribution embedded(ParagraphTokens p, Optional<String> author) {
    String text = p.text();
    int from = 0;
    int to = text.length();
    while (from < to && Character.isWhitespace(text.charAt(from))) {
      from++;
    }
    while (to > from && Character.isWhitespace(text.charAt(to - 1))) {
      to--;
    }
    return new ParagraphAttribution(
        List.of(author.orElseThrow()), List.of(new AttributedQuote(from, to, author)));
  }

  private static Optional<String> firstPerson(
      List<NameCandidate> candidates, SpeakerResolver resolver) {
    for (NameCandidate c : candidates) {
      if (!c.possessive()) {
        Optional<String> name = resolver.canonical(c);
        if (name.isPresent()) {
          return name;
        }
      }
    }
    return Optional.empty();
  }
}
