package dev.newsgrep.search;

import com.code_intelligence.jazzer.junit.DictionaryEntries;
import com.code_intelligence.jazzer.junit.FuzzTest;
import dev.newsgrep.fuzz.FuzzText;
import dev.newsgrep.fuzz.Invariants;

/**
 * Fuzzes query handling: {@link NewsQueryParser#parse} returns or throws {@link
 * dev.newsgrep.QuerySyntaxException}; a search and a quote lookup on the sample corpus return or
 * throw {@link dev.newsgrep.NewsgrepException}, with every highlight inside its text. Seeds: {@code
 * src/test/resources/dev/newsgrep/search/QueryFuzzTestInputs/}.
 */
class QueryFuzzTest extends OnSeedsIndex {
  @FuzzTest(maxDuration = "2m")
  @DictionaryEntries({
    " AND ",
    " OR ",
    " NOT ",
    "&&",
    "||",
    "!",
    "+",
    "-",
    "(",
    ")",
    "\"",
    "~",
    "~2",
    "^",
    "*",
    "?",
    "/",
    "\\",
    "[",
    " TO ",
    "]",
    "{",
    "}",
    ":",
    "speaker:",
    "outlet:",
    "quote:",
    "title:",
    "article:",
    "text:",
    "dumbest",
    "russia",
    "\u2019",
    "\u201c"
  })
  void parsingReturnsOrThrowsQuerySyntaxException(byte[] bytes) {
    String query = FuzzText.decode(bytes);
    Invariants.checkParse(query);
  }

  @FuzzTest(maxDuration = "3m")
  @DictionaryEntries({
    " AND ",
    " OR ",
    " NOT ",
    "(",
    ")",
    "\"",
    "~",
    "*",
    "/",
    "[",
    " TO ",
    "]",
    ":",
    "speaker:",
    "outlet:",
    "quote:",
    "title:",
    "article:",
    "dumbest idea",
    "russia",
    "putin",
    "graham",
    "I've",
    "it\u2019s",
    "\u201c",
    "cyber"
  })
  void searchAndQuoteKeepHighlightsInside(byte[] bytes) {
    String query = FuzzText.decode(bytes);
    Invariants.checkSearch(index, query);
    Invariants.checkQuote(index, query);
  }
}
