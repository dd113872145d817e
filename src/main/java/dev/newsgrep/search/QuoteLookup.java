package dev.newsgrep.search;

import dev.newsgrep.Highlight;
import dev.newsgrep.Paragraph;
import dev.newsgrep.QuerySyntaxException;
import dev.newsgrep.Quote;
import dev.newsgrep.QuoteGroup;
import dev.newsgrep.QuoteHit;
import dev.newsgrep.QuoteResults;
import dev.newsgrep.index.Fields;
import dev.newsgrep.index.StoredParagraphs;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.PhraseQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.TopDocs;

/**
 * Finds a phrase in what people said, across the ways outlets re-type a quote: case, curly or
 * straight marks, punctuation, contractions ({@code I've} = {@code I have}), dashes, spaces, and
 * one word added anywhere ({@link #SLOP}) or, in a phrase of {@value #MIN_WORDS_TO_DROP} typed
 * words or more, one typed word dropped. Words count as typed: {@code don't} is one word, though it
 * is indexed as two. Hits are one per quoted stretch, grouped by the quote's speaker.
 */
public final class QuoteLookup {
  /**
   * Positions a match may stretch by: one word added inside the phrase, two positions so that an
   * added contraction ({@code I've}, indexed as {@code i have}) counts as one word.
   */
  public static final int SLOP = 2;

  /** Phrases this long or longer also match with any one of their words missing. */
  public static final int MIN_WORDS_TO_DROP = 4;

  /** Longer phrases are refused: a quote lookup is a sentence or two, not a page. */
  static final int MAX_PHRASE_LENGTH = 1_000;

  private final IndexSearcher searcher;
  private final SpeakerDirectory speakers;

  /** A lookup over one consistent view of the index. */
  public QuoteLookup(IndexSearcher searcher) throws IOException {
    this.searcher = searcher;
    this.speakers = SpeakerDirectory.of(searcher.getIndexReader());
  }

  /** The quoted stretches matching {@code phrase}, at most {@code limit} of them. */
  public QuoteResults lookup(String phrase, int limit) throws IOException {
    Query query = query(phrase);
    TopDocs top = RankedSearch.top(searcher, query, limit, limit, TimeLimit.LIMIT);
    var spans = new MatchSpans(searcher, query);
    var storedFields = searcher.storedFields();
    var hits = new ArrayList<QuoteHit>();
    for (ScoreDoc scoreDoc : top.scoreDocs) {
      float score = scoreDoc.score;
      Paragraph paragraph =
          speakers.canonicalize(StoredParagraphs.read(storedFields.document(scoreDoc.doc)));
      Map<Quote, List<Highlight>> byQuote = new LinkedHashMap<>();
      for (Highlight match : spans.spans(scoreDoc.doc, Fields.QUOTE)) {
        quoteHolding(paragraph, match)
            .ifPresent(quote -> byQuote.computeIfAbsent(quote, q -> new ArrayList<>()).add(match));
      }
      byQuote.forEach((quote, matches) -> hits.add(new QuoteHit(paragraph, score, quote, matches)));
    }
    hits.sort(RankedSearch.bestFirst(QuoteHit::score, QuoteHit::paragraph));
    return new QuoteResults(grouped(hits.subList(0, Math.min(limit, hits.size()))));
  }

  /**
   * The Lucene query a lookup of {@code phrase} runs on the quote field: the phrase with slop, or
   * with one typed word dropped.
   *
   * @throws QuerySyntaxException if the phrase is too long or has no words
   */
  public static Query query(String phrase) {
    if (phrase.length() > MAX_PHRASE_LENGTH) {
      throw new QuerySyntaxException(
          "a quote to look up is at most " + MAX_PHRASE_LENGTH + " characters long");
    }
    List<List<String>> typed = Words.typed(Fields.QUOTE, phrase);
    if (typed.isEmpty()) {
      throw new QuerySyntaxException("the quote to look up has no words");
    }
    Query exact = phraseOf(typed, -1);
    if (typed.size() < MIN_WORDS_TO_DROP) {
      return exact;
    }
    var builder = new BooleanQuery.Builder().add(exact, BooleanClause.Occur.SHOULD);
    for (int dropped = 0; dropped < typed.size(); dropped++) {
      builder.add(phraseOf(typed, dropped), BooleanClause.Occur.SHOULD);
    }
    return builder.build();
  }

  /** A phrase of the typed words' tokens, in order, leaving out typed word {@code dropped}. */
  private static Query phraseOf(List<List<String>> typed, int dropped) {
    var builder = new PhraseQuery.Builder().setSlop(SLOP);
    int position = 0;
    for (int i = 0; i < typed.size(); i++) {
      if (i == dropped) {
        continue;
      }
      for (String token : typed.get(i)) {
        builder.add(new Term(Fields.QUOTE, token), position++);
      }
    }
    return builder.build();
  }

  private static Optional<Quote> quoteHolding(Paragraph paragraph, Highlight match) {
    return paragraph.quotes().stream()
        .filter(q -> q.start() <= match.start() && match.end() <= q.end())
        .findFirst();
  }

  /** Groups by speaker, the group of the best hit first, each group's hits best first. */
  private static List<QuoteGroup> grouped(List<QuoteHit> hits) {
    Map<Optional<String>, List<QuoteHit>> bySpeaker = new LinkedHashMap<>();
    for (QuoteHit hit : hits) {
      bySpeaker.computeIfAbsent(hit.quote().speaker(), s -> new ArrayList<>()).add(hit);
    }
    var groups = new ArrayList<QuoteGroup>();
    bySpeaker.forEach((speaker, group) -> groups.add(new QuoteGroup(speaker, group)));
    groups.sort(
        Comparator.comparing((QuoteGroup g) -> g.speaker().isEmpty())
            .thenComparing(g -> -g.hits().get(0).score()));
    return groups;
  }
}
