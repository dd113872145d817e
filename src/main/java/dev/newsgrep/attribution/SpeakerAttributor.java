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
    int n = paragraphs.size();
    var tokens = new ArrayList<ParagraphTokens>(n);
    Set<String> lowerCaseWords = new HashSet<>();
    for (String text : paragraphs) {
      ParagraphTokens p = tokenizer.tokenize(text, quoteFinder.find(text));
      tokens.add(p);
      for (Token t : p.tokens()) {
        if (t.isWord() && Character.isLowerCase(t.text().codePointAt(0))) {
          lowerCaseWords.add(t.text());
        }
      }
    }
    var candidates = new ArrayList<List<NameCandidate>>(n);
    var all = new ArrayList<NameCandidate>();
    for (int k = 0; k < n; k++) {
      List<NameCandidate> found = nameFinder.find(k, tokens.get(k), lowerCaseWords);
      candidates.add(found);
      all.addAll(found);
    }
    SpeakerResolver resolver = SpeakerResolver.of(all, nameVariants);
    var tagged = new ArrayList<TaggedParagraph>(n);
    for (int k = 0; k < n; k++) {
      tagged.add(new TaggedParagraph(tokens.get(k), candidates.get(k), resolver, lexicon));
    }
    Antecedents antecedents = new Antecedents();
    for (int k = 0; k < n; k++) {
      ParagraphTokens p = tokens.get(k);
      for (NameCandidate c : candidates.get(k)) {
        if (tagged.get(k).isModifier(c)) {
          continue; // "Acme manager Tom Reed": the sentence is about Tom Reed
        }
        int at = c.runStart();
        resolver
            .canonical(c)
            .ifPresent(
                name ->
                    antecedents.mention(
                        c.paragraph(),
                        p.sentence()[at],
                        p.get(at).start(),
                        name,
                        resolver.gender(name),
                        c.titles()));
      }
    }
    var attributions = new ArrayList<List<Attribution>>(n);
    var authors = new ArrayList<Optional<String>>(n);
    Attribution carried = Attribution.NONE;
    boolean statements = embedded.presentsStatements(tokens);
    for (int k = 0; k < n; k++) {
      ParagraphTokens p = tokens.get(k);
      TaggedParagraph tags = tagged.get(k);
      var speakers = new SpeakerRecorder(k, tags, resolver, lexicon, antecedents);
      speakers.recordSpeechSubjects(candidates.get(k));
      var subjects = new SubjectFinder(k, tags, lexicon, antecedents);
      List<Attribution> found = quoteAttributor.attribute(tags, subjects, speakers, carried);
      Optional<String> author = Optional.empty();
      if (k > 1 && found.stream().noneMatch(Attribution::found)) {
        author =
            EmbeddedStatements.author(
                embedded.cue(p, statements),
                speakers(attributions.get(k - 1), authors.get(k - 1)),
                authors.get(k - 1),
                firstPerson(candidates.get(k - 1), resolver));
      }
      attributions.add(new ArrayList<>(found));
      authors.add(author);
      carried =
          found.stream()
              .filter(a -> a.speaker().isPresent())
              .reduce((a, b) -> b)
              .orElse(Attribution.NONE);
    }
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
    return candidates.stream()
        .filter(c -> !c.possessive())
        .map(resolver::canonical)
        .flatMap(Optional::stream)
        .findFirst();
  }
}
