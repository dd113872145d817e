package dev.newsgrep.search;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.newsgrep.QuerySyntaxException;
import org.junit.jupiter.api.Test;

class QuoteLookupTest {
  @Test
  void shortPhraseIsOnePhraseWithSlopForOneAddedWord() {
    assertEquals("quote:\"we will win\"~2", QuoteLookup.query("We’ll win").toString());
  }

  @Test
  void contractionCountsAsOneTypedWord() {
    // "I don't think" is three typed words: too short to drop one, though indexed as four.
    assertEquals("quote:\"i do not think\"~2", QuoteLookup.query("I don't think").toString());
  }

  @Test
  void longPhraseAlsoMatchesWithAnyOneTypedWordMissing() {
    assertEquals(
        "quote:\"we can not win now\"~2 quote:\"can not win now\"~2 quote:\"we win now\"~2"
            + " quote:\"we can not now\"~2 quote:\"we can not win\"~2",
        QuoteLookup.query("we can't win now").toString());
  }

  @Test
  void punctuationOnlyIsRefused() {
    assertThrows(QuerySyntaxException.class, () -> QuoteLookup.query("!?"));
  }
}
