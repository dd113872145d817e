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
 * name the article gives. Indirect speech and quoted show titles are not quotes.
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

  private SpeakerAttributor(Lexicon lexicon) {
    this.lexicon = lexicon;
    this.quoteFinder = new QuoteFinder(lexicon);
    this.tokenizer = new Tokenizer(lexicon);
    this.nameFinder = new NameFinder(lexicon);
    this.quoteAttributor = new QuoteAttributor();
    this.embedded = new EmbeddedStatements(lexicon);
  }

  /**
   * An attributor with the word lists shipped under {@code dev/newsgrep/} (speech verbs, titles,
   * pronouns, non-person words), read once.
   *
   * @throws java.io.UncheckedIOException if a word list is missing from the class path
   */
  public static SpeakerAttributor loadDefault() {
    return new SpeakerAttributor(Lexicon.load());
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
    try {
      return attribute(paragraphs);
    } catch (RuntimeException e) {
      // A defect must not stop indexing: the article is indexed without speakers.
      return paragraphs.stream().map(p -> List.<String>of()).toList();
    }
  }

  /** {@link #speakersByParagraph} without its safety net, so tests see any defect. */
  List<List<String>> attribute(List<String> paragraphs) {
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
    SpeakerResolver resolver = SpeakerResolver.of(all);
    Antecedents antecedents = new Antecedents();
    for (int k = 0; k < n; k++) {
      ParagraphTokens p = tokens.get(k);
      for (NameCandidate c : candidates.get(k)) {
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
    var result = new ArrayList<List<String>>(n);
    Attribution carried = Attribution.NONE;
    Optional<String> previousAuthor = Optional.empty();
    for (int k = 0; k < n; k++) {
      ParagraphTokens p = tokens.get(k);
      var subjects = new SubjectFinder(k, p, candidates.get(k), resolver, lexicon, antecedents);
      List<Attribution> attributions = quoteAttributor.attribute(p, subjects, carried);
      var speakers = new LinkedHashSet<String>();
      attributions.forEach(a -> a.speaker().ifPresent(speakers::add));
      Optional<String> author = Optional.empty();
      boolean attributed = attributions.stream().anyMatch(Attribution::found);
      if (k > 1 && !attributed) {
        author =
            EmbeddedStatements.author(
                embedded.cue(p),
                result.get(k - 1),
                previousAuthor,
                firstPerson(candidates.get(k - 1), resolver));
        author.ifPresent(speakers::add);
      }
      result.add(List.copyOf(speakers));
      previousAuthor = author;
      carried =
          attributions.stream()
              .filter(a -> a.speaker().isPresent())
              .reduce((a, b) -> b)
              .orElse(Attribution.NONE);
    }
    return List.copyOf(result);
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
