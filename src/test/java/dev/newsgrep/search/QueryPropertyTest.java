package dev.newsgrep.search;

import dev.newsgrep.fuzz.Invariants;
import dev.newsgrep.fuzz.RandomNews;
import org.junit.jupiter.api.RepeatedTest;
import org.junit.jupiter.api.RepetitionInfo;

/**
 * Seeded random queries, from nearly valid to nonsense: parsing returns or throws {@link
 * dev.newsgrep.QuerySyntaxException}; searches and quote lookups on the sample corpus return or
 * throw {@link dev.newsgrep.NewsgrepException} and keep highlights inside the text. Quote lookups
 * get short phrases only: a phrase of hundreds of words takes seconds to look up.
 */
class QueryPropertyTest extends OnSeedsIndex {
  private static final String[] SYNTAX = {
    " AND ",
    " OR ",
    " NOT ",
    " && ",
    " || ",
    "!",
    "+",
    "-",
    "(",
    ")",
    "\"",
    "\"",
    "~",
    "~1",
    "~2",
    "^2",
    "^0.5",
    "*",
    "?",
    "/",
    "/[a-z]+/",
    "/(a|b/",
    "\\",
    "\\\"",
    "[",
    " TO ",
    "]",
    "{",
    "}",
    ":",
    " ",
    " ",
    "speaker:",
    "outlet:",
    "quote:",
    "title:",
    "article:",
    "text:",
    "unknown:",
    "speaker:\"lindsey graham\"",
    "outlet:\"yahoo news\"",
    "cyber*",
    "ha?k",
    "russia~1"
  };

  private static final String[] WORDS = {
    "dumbest",
    "idea",
    "russia",
    "putin",
    "trump",
    "graham",
    "I've",
    "it\u2019s",
    "can't",
    "cybersecurity",
    "unit",
    "blind",
    "spot",
    "000_dfce778cabbd327a",
    "Yahoo",
    "BuzzFeed"
  };

  @RepeatedTest(400)
  void randomQueriesParseOrFailWithQuerySyntaxException(RepetitionInfo repetition) {
    var random = new RandomNews(2_000 + repetition.getCurrentRepetition());
    Invariants.checkParse(query(random, random.random().nextInt(10) == 0 ? 400 : 12));
  }

  @RepeatedTest(150)
  void randomQueriesSearchAndQuoteWithHighlightsInside(RepetitionInfo repetition) {
    String query = query(new RandomNews(3_000 + repetition.getCurrentRepetition()), 12);
    Invariants.checkSearch(index, query);
    Invariants.checkQuote(index, query);
  }

  @RepeatedTest(20)
  void longRandomQueriesSearchWithHighlightsInside(RepetitionInfo repetition) {
    Invariants.checkSearch(
        index, query(new RandomNews(4_000 + repetition.getCurrentRepetition()), 400));
  }

  /** A query of at most {@code maxPieces} bits of syntax, words and odd characters. */
  private static String query(RandomNews random, int maxPieces) {
    var query = new StringBuilder();
    int pieces = 1 + random.random().nextInt(maxPieces);
    for (int i = 0; i < pieces; i++) {
      query.append(
          switch (random.random().nextInt(6)) {
            case 0, 1 -> random.pick(SYNTAX);
            case 2, 3 -> random.pick(WORDS) + " ";
            case 4 -> random.words(random.sentence(), 1 + random.random().nextInt(8)) + " ";
            default -> random.piece();
          });
    }
    return query.toString();
  }
}
